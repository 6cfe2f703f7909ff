package io.github.altium2kicad.readers.jdbc;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/** Why a connection attempt failed, told from the driver's SQLState, vendor code and cause. */
public enum ConnectionFailure {
    /** No server answered: connection refused, timed out, unknown host. */
    UNREACHABLE,
    /** The server refused the user name or password. */
    LOGIN,
    /** The server has no database of that name. */
    UNKNOWN_DATABASE,
    /** Anything else. */
    OTHER;

    public static ConnectionFailure of(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        int code = e.getErrorCode();
        if (state.equals("28P01") || state.equals("28000") || code == 1045 || code == 18456
                || message.contains("password authentication failed") || message.contains("access denied for user")
                || message.contains("login failed for user")) {
            return LOGIN;
        }
        if (state.equals("3D000") || code == 1049 || code == 4060 || message.contains("unknown database")) {
            return UNKNOWN_DATABASE;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof SocketTimeoutException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException) {
                return UNREACHABLE;
            }
        }
        if (state.startsWith("08") || message.contains("connection refused") || message.contains("timed out")
                || message.contains("could not connect") || message.contains("socket fail")) {
            return UNREACHABLE;
        }
        return OTHER;
    }
}
