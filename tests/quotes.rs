//! Pairing of quote marks (`whosaid::quotations`), before any attribution.

fn contents(text: &str) -> Vec<&str> {
    whosaid::quotations(text)
        .iter()
        .map(|q| q.content.as_str(text))
        .collect()
}

#[test]
fn curly_double_quotes_pair() {
    assert_eq!(contents("He said “yes” and left."), ["yes"]);
}

#[test]
fn a_single_quote_inside_a_double_one_is_nested() {
    let text = "“Call it ‘fake news’ if you like,” she said.";
    let qs = whosaid::quotations(text);
    assert_eq!(qs.len(), 2);
    assert_eq!(qs[1].content.as_str(text), "fake news");
    assert_eq!(qs[1].depth, 1);
}

#[test]
fn guillemets_and_low_nine_quotes_pair() {
    assert_eq!(
        contents("Il a dit «non» hier. Er sagte „ja“ dann."),
        ["non", "ja"]
    );
}

#[test]
fn corner_brackets_pair() {
    assert_eq!(contents("彼は「はい」と言った。"), ["はい"]);
}

#[test]
fn apostrophes_inside_words_and_elisions_are_not_quotes() {
    assert!(contents("Don't blame Jones' dog for the ’90s or rock ’n’ roll.").is_empty());
}

#[test]
fn a_quote_opening_every_paragraph_and_closing_in_the_last_is_one_quote() {
    let text = "“First part.\n\n“Second part.\n\n“Last part,” he said.";
    assert_eq!(
        contents(text),
        ["First part.\n\n“Second part.\n\n“Last part,"]
    );
}

#[test]
fn a_quote_left_open_in_straight_marks_does_not_swallow_a_curly_paragraph() {
    let text = "\"The crowd was chanting for a long time\n\n“That is right,” she said.";
    let got = contents(text);
    assert!(got.contains(&"That is right,"), "{got:?}");
}

#[test]
fn a_quote_run_on_without_reopening_closes_at_the_next_paragraphs_first_closing_mark() {
    let text = "She said, \"The first half went well.\n\nWe could have scored more.\" \
                After the game, the coach said, \"We played a strong side.\"";
    assert_eq!(
        contents(text),
        [
            "The first half went well.\n\nWe could have scored more.",
            "We played a strong side."
        ]
    );
}

#[test]
fn a_single_quote_reopened_in_the_next_paragraph_runs_on_into_it() {
    let text = "‘The lads gave everything today.\n\n‘We will be back next year,’ he said.";
    assert_eq!(
        contents(text),
        ["The lads gave everything today.\n\n‘We will be back next year,"]
    );
}

#[test]
fn an_unclosed_single_quote_not_reopened_makes_no_quote() {
    let text = "‘The lads gave everything today.\n\nThe workers’ union said nothing.";
    assert!(contents(text).is_empty());
}

#[test]
fn a_plural_possessive_inside_a_single_quoted_sentence_does_not_close_it() {
    let text = "‘The teachers’ union won’t tell us anything,’ said Niamh O’Sullivan.";
    assert_eq!(
        contents(text),
        ["The teachers’ union won’t tell us anything,"]
    );
}

#[test]
fn a_scare_quote_ending_in_s_still_closes() {
    let text = "She called the plan ‘reckless’ and then said, ‘We are done.’";
    assert_eq!(contents(text), ["reckless", "We are done."]);
}

#[test]
fn rock_n_roll_inside_a_single_quoted_sentence_does_not_close_it() {
    let text = "'Rock 'n' roll is dead,' said Declan Murphy.";
    assert_eq!(contents(text), ["Rock 'n' roll is dead,"]);
}

#[test]
fn an_unclosed_mark_is_recovered_locally() {
    let text = "He said: “this will never end, and that is final.\n\nThe “talks” went on.";
    assert_eq!(
        contents(text),
        ["this will never end, and that is final.", "talks"]
    );
}

#[test]
fn a_thousand_unmatched_marks_give_a_sane_result() {
    let text = "“ ".repeat(1000);
    let qs = whosaid::quotations(&text);
    assert!(qs.iter().all(|q| q.content.end <= text.len()));
}

#[test]
fn two_apostrophes_pair_like_a_double_quote() {
    assert_eq!(contents("''It's over,'' he said."), ["It's over,"]);
}

#[test]
fn a_stray_apostrophe_before_a_quote_does_not_make_it_nested() {
    let text = "\"Europe is at risk,\" said Sophie in 't Veld. \"It's a risk everywhere.\"";
    let qs = whosaid::quotations(text);
    let top: Vec<&str> = qs
        .iter()
        .filter(|q| q.depth == 0)
        .map(|q| q.content.as_str(text))
        .collect();
    assert_eq!(top, ["Europe is at risk,", "It's a risk everywhere."]);
}

#[test]
fn top_level_quotations_never_overlap() {
    let text = "“One “two ‘three\n\n“four” five” six";
    let qs = whosaid::quotations(text);
    let top: Vec<_> = qs
        .iter()
        .filter(|q| q.depth == 0)
        .map(|q| q.outer())
        .collect();
    assert!(top.windows(2).all(|w| w[0].end <= w[1].start), "{top:?}");
}
