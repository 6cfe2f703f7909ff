# Starts the PostgreSQL and MariaDB servers the server-backend tests read from, on 127.0.0.1 only, creates their
# test database and user, and exports where they are. Source it (". .ci/test-servers.sh") as root on Debian after
# installing the packages postgresql and mariadb-server. Idempotent: servers already running and users already
# there are left as they are. There is no systemd here: the servers are started with their own tools.
#
# Exports ALTIUM2KICAD_TEST_PG_URL/_USER/_PASSWORD and ALTIUM2KICAD_TEST_MYSQL_URL/_USER/_PASSWORD.

a2k_test_db=altium2kicad_test
a2k_test_user=altium2kicad
a2k_test_password='a2k-loopback-only-Test-1'   # a throwaway login on a server that listens on 127.0.0.1 only

a2k_start_postgres() {
  local version cluster
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  cluster=main
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version $cluster"; then
    pg_createcluster "$version" "$cluster" >/dev/null
  fi
  # listen on the loopback interface only (Debian's postgresql.conf reads conf.d/)
  echo "listen_addresses = '127.0.0.1'" > "/etc/postgresql/$version/$cluster/conf.d/altium2kicad-tests.conf"
  if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $4}' | grep -q online; then
    pg_ctlcluster "$version" "$cluster" start
  fi
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  pg_isready -q -h 127.0.0.1 -p 5432
  runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<SQL
SELECT 'CREATE ROLE $a2k_test_user LOGIN' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$a2k_test_user')\gexec
ALTER ROLE $a2k_test_user LOGIN PASSWORD '$a2k_test_password';
SELECT 'CREATE DATABASE $a2k_test_db OWNER $a2k_test_user ENCODING ''UTF8'' TEMPLATE template0'
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$a2k_test_db')\gexec
SQL
  export ALTIUM2KICAD_TEST_PG_URL="jdbc:postgresql://127.0.0.1:5432/$a2k_test_db"
  export ALTIUM2KICAD_TEST_PG_USER="$a2k_test_user"
  export ALTIUM2KICAD_TEST_PG_PASSWORD="$a2k_test_password"
}

a2k_start_mariadb() {
  if ! mysqladmin --protocol=socket ping >/dev/null 2>&1; then
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
    # --bind-address: loopback only, whatever the packaged configuration says
    (cd / && nohup mysqld_safe --bind-address=127.0.0.1 --port=3306 >/dev/null 2>&1 &)
    for _ in $(seq 1 60); do mysqladmin --protocol=socket ping >/dev/null 2>&1 && break; sleep 1; done
  fi
  mysqladmin --protocol=socket ping >/dev/null
  mariadb --protocol=socket -uroot <<SQL
CREATE DATABASE IF NOT EXISTS $a2k_test_db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$a2k_test_user'@'127.0.0.1' IDENTIFIED BY '$a2k_test_password';
CREATE USER IF NOT EXISTS '$a2k_test_user'@'localhost' IDENTIFIED BY '$a2k_test_password';
GRANT ALL PRIVILEGES ON $a2k_test_db.* TO '$a2k_test_user'@'127.0.0.1';
GRANT ALL PRIVILEGES ON $a2k_test_db.* TO '$a2k_test_user'@'localhost';
SQL
  export ALTIUM2KICAD_TEST_MYSQL_URL="jdbc:mariadb://127.0.0.1:3306/$a2k_test_db"
  export ALTIUM2KICAD_TEST_MYSQL_USER="$a2k_test_user"
  export ALTIUM2KICAD_TEST_MYSQL_PASSWORD="$a2k_test_password"
}

a2k_start_postgres
a2k_start_mariadb
