//! Which words of a text are reporting cues: verbs of saying and their
//! kin, counted outside quotations through the public pipeline stages.

/// How many reporting cues whosaid finds in `text`.
fn cue_count(text: &str) -> usize {
    let seg = whosaid::stages::segment(text, false);
    let paired = whosaid::stages::pair(text, &seg);
    whosaid::stages::match_cues_and_speakers(text, &seg, &paired).cue_count()
}

#[test]
fn a_verb_form_after_an_article_and_a_numbers_compound_is_a_noun_not_a_cue() {
    assert_eq!(
        cue_count("In a 46-page ruling issued on Tuesday, the court sided with the county."),
        0
    );
}

#[test]
fn the_same_verb_form_after_its_subject_is_a_cue() {
    assert_eq!(
        cue_count("The court, in a 46-page decision, is ruling on Tuesday."),
        1
    );
}
