//! Sentence segmentation: one behaviour per test, on sentences written for
//! these tests, and a property test of the span invariants.

use proptest::prelude::*;
use whosaid::{sentences, Span};

fn split(text: &str) -> Vec<&str> {
    sentences(text).iter().map(|s| s.as_str(text)).collect()
}

// ------------------------------------------------------------ punctuation

#[test]
fn a_full_stop_followed_by_a_capital_ends_a_sentence() {
    assert_eq!(
        split("The bridge opened. Traffic moved at once."),
        ["The bridge opened.", "Traffic moved at once."]
    );
}

#[test]
fn question_and_exclamation_marks_end_sentences() {
    assert_eq!(
        split("Was it late? It was! Nobody minded."),
        ["Was it late?", "It was!", "Nobody minded."]
    );
}

#[test]
fn doubled_marks_end_one_sentence() {
    assert_eq!(split("Really?! Yes."), ["Really?!", "Yes."]);
}

#[test]
fn a_paragraph_break_ends_a_headline_without_punctuation() {
    assert_eq!(
        split("Storm hits the coast\n\nThe storm arrived at dawn."),
        ["Storm hits the coast", "The storm arrived at dawn."]
    );
}

#[test]
fn short_lines_without_punctuation_are_sentences_of_their_own() {
    assert_eq!(
        split("milk\nfresh eggs\nbread"),
        ["milk", "fresh eggs", "bread"]
    );
}

#[test]
fn a_hard_wrapped_line_continues_its_sentence() {
    let text = "The committee will meet again\nnext week to vote.";
    assert_eq!(split(text), [text]);
}

#[test]
fn a_cjk_full_stop_ends_a_sentence_without_a_space() {
    assert_eq!(
        split("今日は晴れ。明日は雨。"),
        ["今日は晴れ。", "明日は雨。"]
    );
}

#[test]
fn empty_and_blank_text_has_no_sentences() {
    assert!(sentences("").is_empty());
    assert!(sentences(" \n\n\t ").is_empty());
}

// ------------------------------------------------------------ abbreviations

#[test]
fn a_title_before_a_name_does_not_end_a_sentence() {
    let text = "Dr. Patel met Gov. Lee and Rep. Will Ortiz on Friday.";
    assert_eq!(split(text), [text]);
}

#[test]
fn a_canadian_councillors_coun_before_a_name_does_not_end_a_sentence() {
    assert_eq!(
        split("Residents packed the hall. Coun. Graham Steinhauer left early."),
        [
            "Residents packed the hall.",
            "Coun. Graham Steinhauer left early."
        ]
    );
}

#[test]
fn an_advocates_adv_before_a_name_does_not_end_a_sentence() {
    let text = "Evidence leader Adv. Kagiso Mogale asked her what happened next.";
    assert_eq!(split(text), [text]);
}

#[test]
fn an_initial_in_a_name_does_not_end_a_sentence() {
    let text = "The report by Mary K. Jones came out.";
    assert_eq!(split(text), [text]);
}

#[test]
fn a_capital_letter_before_a_sentence_starter_ends_a_sentence() {
    assert_eq!(
        split("It was just her and I. Did anyone notice?"),
        ["It was just her and I.", "Did anyone notice?"]
    );
}

#[test]
fn an_abbreviation_before_a_number_does_not_end_a_sentence() {
    let text = "See No. 4 on p. 12 for details.";
    assert_eq!(split(text), [text]);
}

#[test]
fn a_dotted_abbreviation_before_a_noun_does_not_end_a_sentence() {
    let text = "The U.S. Navy sent two ships.";
    assert_eq!(split(text), [text]);
}

#[test]
fn a_dotted_abbreviation_before_lower_case_does_not_end_a_sentence() {
    let text = "She lived in the U.K. for a decade.";
    assert_eq!(split(text), [text]);
}

#[test]
fn a_dotted_abbreviation_ends_a_sentence_before_a_sentence_starter() {
    assert_eq!(
        split("They flew to the U.K. The trip took a day."),
        ["They flew to the U.K.", "The trip took a day."]
    );
}

#[test]
fn times_of_day_do_not_end_a_sentence() {
    let text = "Voting opens at 7 a.m. and closes at 9 p.m. on Tuesday.";
    assert_eq!(split(text), [text]);
}

#[test]
fn a_time_of_day_ends_a_sentence_before_a_form_of_address() {
    assert_eq!(
        split("The polls closed at 8 p.m. Mr. Jones then conceded."),
        ["The polls closed at 8 p.m.", "Mr. Jones then conceded."]
    );
}

#[test]
fn a_short_introductory_phrase_is_not_a_sentence() {
    let text = "By 6 a.m. Dr. Ruiz had arrived.";
    assert_eq!(split(text), [text]);
}

#[test]
fn a_company_abbreviation_ends_a_sentence_only_before_a_new_one() {
    let text = "She works for Acme Co. in Ohio.";
    assert_eq!(split(text), [text]);
    assert_eq!(
        split("She works for Acme Co. It makes tools."),
        ["She works for Acme Co.", "It makes tools."]
    );
}

#[test]
fn a_possessive_after_an_abbreviation_stays_in_the_sentence() {
    let text = "That is Smith Jr.'s car.";
    assert_eq!(split(text), [text]);
}

#[test]
fn a_dotted_abbreviation_after_a_hyphen_does_not_end_a_sentence() {
    let text = "They discussed the Canada-U.S. border on Monday.";
    assert_eq!(split(text), [text]);
}

#[test]
fn a_no_break_space_separates_words_like_a_space() {
    assert_eq!(
        split("BERLIN \u{2014}\u{a0}U.S. officials arrived."),
        ["BERLIN \u{2014}", "U.S. officials arrived."]
    );
}

#[test]
fn an_acronym_in_capitals_is_not_taken_for_a_sentence_starter() {
    let text = "She hired an IT firm last year.";
    assert_eq!(split(text), [text]);
}

// ------------------------------------------------------------ numbers, URLs

#[test]
fn decimal_numbers_and_prices_do_not_end_a_sentence() {
    let text = "Shares rose 2.5 percent to $31.20 on Monday.";
    assert_eq!(split(text), [text]);
}

#[test]
fn a_number_can_end_a_sentence() {
    assert_eq!(
        split("The total was 3,400. Officials were surprised."),
        ["The total was 3,400.", "Officials were surprised."]
    );
}

#[test]
fn a_url_keeps_its_dots_and_its_final_full_stop_ends_the_sentence() {
    assert_eq!(
        split("Read more at https://news.example.org/a/b.html. Then decide."),
        [
            "Read more at https://news.example.org/a/b.html.",
            "Then decide."
        ]
    );
}

#[test]
fn an_email_address_keeps_its_dots() {
    assert_eq!(
        split("Write to Desk.Editor@example.com. We reply fast."),
        ["Write to Desk.Editor@example.com.", "We reply fast."]
    );
}

#[test]
fn a_full_stop_glued_to_a_capitalised_word_ends_a_sentence() {
    assert_eq!(
        split("The talks ended.Both sides left."),
        ["The talks ended.", "Both sides left."]
    );
}

// ------------------------------------------------------------ ellipses

#[test]
fn an_ellipsis_before_lower_case_does_not_end_a_sentence() {
    let text = "He paused ... then spoke . . . and sat down.";
    assert_eq!(split(text), [text]);
}

#[test]
fn four_dots_end_a_sentence() {
    assert_eq!(
        split("She never finished the letter.... Nobody asked why."),
        ["She never finished the letter....", "Nobody asked why."]
    );
}

#[test]
fn a_bracketed_ellipsis_inside_a_quotation_does_not_end_it() {
    let text = "\"The plan [...] was sound [...]\" (Report 12).";
    assert_eq!(split(text), [text]);
}

// ------------------------------------------------------------ lists

#[test]
fn numbered_items_on_one_line_are_separate_sentences() {
    assert_eq!(
        split("1. Check the oil 2. Check the tyres"),
        ["1. Check the oil", "2. Check the tyres"]
    );
}

#[test]
fn lettered_items_with_brackets_are_separate_sentences() {
    assert_eq!(
        split("a) red paint b) green paint c) blue paint"),
        ["a) red paint", "b) green paint", "c) blue paint"]
    );
}

#[test]
fn a_bullet_starts_a_new_sentence() {
    assert_eq!(
        split("• Apples are cheap • Pears are not"),
        ["• Apples are cheap", "• Pears are not"]
    );
}

// ------------------------------------------------------------ quotations

#[test]
fn a_quoted_question_followed_by_lower_case_is_one_sentence() {
    let text = "“Is it over?” she asked.";
    assert_eq!(split(text), [text]);
}

#[test]
fn a_quoted_question_followed_by_a_named_speaker_and_verb_is_one_sentence() {
    let text = "“Is it over?” Maria Lopez asked.";
    assert_eq!(split(text), [text]);
}

#[test]
fn a_quoted_speech_of_several_sentences_is_split_inside() {
    assert_eq!(
        split("“We won. Everyone played well,” the coach said."),
        ["“We won.", "Everyone played well,” the coach said."]
    );
}

#[test]
fn a_sentence_after_a_closing_quote_starts_a_new_one() {
    assert_eq!(
        split("He said, \"That is fine.\" Then he left."),
        ["He said, \"That is fine.\"", "Then he left."]
    );
}

#[test]
fn a_quotation_embedded_in_lower_case_keeps_its_sentences_together() {
    let text = "The mayor called it \"a mess. Nobody planned anything\" and left.";
    assert_eq!(split(text), [text]);
}

#[test]
fn an_exclamation_mark_in_a_name_does_not_end_a_sentence() {
    let text = "She joined Yahoo! in 2005.";
    assert_eq!(split(text), [text]);
}

#[test]
fn a_parenthesis_ending_in_a_full_stop_does_not_end_the_sentence() {
    let text = "He sings (He once played drums.) in a band.";
    assert_eq!(split(text), [text]);
}

// ------------------------------------------------------------ news layout

#[test]
fn a_dateline_run_into_the_first_sentence_is_cut_off() {
    assert_eq!(
        split("Monday, June 3, 2024 The council met."),
        ["Monday, June 3, 2024", "The council met."]
    );
}

#[test]
fn a_place_dateline_before_a_dash_is_cut_off() {
    assert_eq!(
        split("Lyon, France - The museum reopened on Sunday."),
        ["Lyon, France -", "The museum reopened on Sunday."]
    );
}

#[test]
fn a_picture_credit_starts_a_sentence() {
    assert_eq!(
        split("A crowd at the square Photo: Ana Silva."),
        ["A crowd at the square", "Photo: Ana Silva."]
    );
}

// ------------------------------------------------------------ informal text

#[test]
fn a_full_stop_before_lower_case_after_a_plain_word_ends_a_sentence() {
    assert_eq!(
        split("great phone. the battery lasts all day"),
        ["great phone.", "the battery lasts all day"]
    );
}

#[test]
fn a_sentence_starter_run_into_an_unpunctuated_sentence_starts_a_new_one() {
    assert_eq!(
        split("the food was cold The service was slow"),
        ["the food was cold", "The service was slow"]
    );
}

#[test]
fn a_question_mark_before_lower_case_ends_a_sentence() {
    assert_eq!(
        split("is it worth it? yes it is"),
        ["is it worth it?", "yes it is"]
    );
}

// ------------------------------------------------------------ invariants

/// Checks that `spans` are in order, do not overlap, lie on char
/// boundaries, are trimmed and non-empty, leave only whitespace between
/// them, and rebuild `text` with the gaps.
fn check_spans(text: &str, spans: &[Span]) -> Result<(), TestCaseError> {
    let mut rebuilt = String::with_capacity(text.len());
    let mut pos = 0;
    for s in spans {
        prop_assert!(s.start < s.end, "empty span {s:?}");
        prop_assert!(pos <= s.start, "span {s:?} overlaps or is out of order");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let gap = &text[pos..s.start];
        prop_assert!(gap.trim().is_empty(), "non-whitespace {gap:?} left out");
        let body = s.as_str(text);
        prop_assert_eq!(body, body.trim(), "untrimmed span");
        rebuilt.push_str(gap);
        rebuilt.push_str(body);
        pos = s.end;
    }
    prop_assert!(pos <= text.len());
    let tail = &text[pos..];
    prop_assert!(tail.trim().is_empty(), "non-whitespace {tail:?} left out");
    rebuilt.push_str(tail);
    prop_assert_eq!(rebuilt, text);
    Ok(())
}

proptest! {
    #[test]
    fn spans_are_ordered_trimmed_and_rebuild_news_like_text(
        text in "([A-Za-z0-9]{1,6}|[ .!?,:;()\\[\\]\"'“”‘’…•⁃—@/\n\t\u{a0}\u{2028}]|Mr\\. |U\\.S\\.|e\\.g\\.|a\\.m\\.|[0-9]\\. |[a-c]\\) |é|。|！){0,60}"
    ) {
        check_spans(&text, &sentences(&text))?;
    }

    #[test]
    fn spans_are_ordered_trimmed_and_rebuild_any_text(text in any::<String>()) {
        check_spans(&text, &sentences(&text))?;
    }
}
