package io.github.altium2kicad.core.report;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartReviewTest {

    @Test
    void readsBackWhatItWrote() {
        PartReview review = new PartReview(EnumSet.of(ReviewReason.UNRESOLVED, ReviewReason.ALTIUM_REFERENCE), "preserve", 0.85,
                "Lib:Sym", "FP:A;FP:B", List.of("Footprint Path is blank", "Symbol 'X' not in C:\\Libs\\a,b.SchLib", ""));
        assertThat(PartReview.fromText(review.toText())).isEqualTo(review);
    }

    @Test
    void keepsEmptyFieldsAndNoDetails() {
        PartReview review = new PartReview(Set.of(ReviewReason.PRESERVED_NOT_STANDARD), "", 1.0, "", "", List.of());
        assertThat(PartReview.fromText(review.toText())).isEqualTo(review);
    }

    @Test
    void rejectsAReviewWithoutReasonAndForeignText() {
        assertThatThrownBy(() -> new PartReview(Set.of(), "r", 1, "", "", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartReview.fromText("not stored")).isInstanceOf(IllegalArgumentException.class);
    }
}
