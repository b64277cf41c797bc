//! Text as scrapers hand it over: CRLF line endings, tabs, non-breaking
//! spaces, zero-width characters, HTML entities left in, straight marks
//! for curly ones and both mixed. Each variant must give the same quotes
//! (same content, speaker and kind) as the clean text, with offsets into
//! the text as given.

use whosaid::{Document, QuoteKind};

/// The clean article. Its quotes, read off the text:
/// 1. "This is the day the waterfront comes back to the people," — Daniel Okafor (direct)
/// 2. "We listened, and we got it done." — Daniel Okafor (direct, continuation)
/// 3. "rushed a decision that will shape the city." — Ruth Abernathy (mixed)
/// 4. "I have nothing against new homes," — she, Ruth Abernathy (direct)
/// 5. "But nobody has told me who pays." — Ruth Abernathy (direct, continuation)
/// 6. "We are ready to start," — Anna Berg (direct, single marks)
const CLEAN: &str = "Harbour vote\n\n\
“This is the day the waterfront comes back to the people,” Mayor Daniel Okafor said after the vote. “We listened, and we got it done.”\n\n\
Councillor Ruth Abernathy said the council had “rushed a decision that will shape the city.”\n\n\
“I have nothing against new homes,” she said. “But nobody has told me who pays.”\n\n\
‘We are ready to start,’ said Anna Berg, a spokeswoman for the trust.\n";

/// One quote reduced to what must not change: its content with the noise
/// taken out, its speaker and its kind.
#[derive(Debug, PartialEq)]
struct Seen {
    content: String,
    speaker: Option<String>,
    kind: QuoteKind,
}

/// The content of a span with entities decoded, zero-width characters
/// removed, every space a plain space and every mark straight.
fn denoise(s: &str) -> String {
    let mut s = s.to_string();
    for (entity, mark) in [
        ("&quot;", "\""),
        ("&#34;", "\""),
        ("&#8220;", "\""),
        ("&#x201C;", "\""),
        ("&ldquo;", "\""),
        ("&#8221;", "\""),
        ("&rdquo;", "\""),
        ("&#8216;", "'"),
        ("&lsquo;", "'"),
        ("&#8217;", "'"),
        ("&rsquo;", "'"),
        ("&#39;", "'"),
    ] {
        s = s.replace(entity, mark);
    }
    s.chars()
        .filter(|c| !matches!(c, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\r'))
        .map(|c| match c {
            '\t' | '\u{a0}' => ' ',
            '“' | '”' => '"',
            '‘' | '’' => '\'',
            c => c,
        })
        .collect()
}

fn seen(text: &str, doc: &Document) -> Vec<Seen> {
    doc.quotes
        .iter()
        .map(|q| {
            let content = text
                .get(q.span.range())
                .expect("a quote span lies on char boundaries of the text as given");
            Seen {
                content: denoise(content),
                speaker: doc.speaker_of(q).map(|s| s.name.clone()),
                kind: q.kind,
            }
        })
        .collect()
}

/// The quotes of the clean text, checked against the reading above.
fn clean_quotes() -> Vec<Seen> {
    let quotes = seen(CLEAN, &whosaid::extract(CLEAN));
    let expected = [
        (
            "This is the day the waterfront comes back to the people,",
            "Daniel Okafor",
            QuoteKind::Direct,
        ),
        (
            "We listened, and we got it done.",
            "Daniel Okafor",
            QuoteKind::Direct,
        ),
        (
            "rushed a decision that will shape the city.",
            "Ruth Abernathy",
            QuoteKind::Mixed,
        ),
        (
            "I have nothing against new homes,",
            "Ruth Abernathy",
            QuoteKind::Direct,
        ),
        (
            "But nobody has told me who pays.",
            "Ruth Abernathy",
            QuoteKind::Direct,
        ),
        ("We are ready to start,", "Anna Berg", QuoteKind::Direct),
    ];
    let expected: Vec<Seen> = expected
        .iter()
        .map(|(c, s, k)| Seen {
            content: c.to_string(),
            speaker: Some(s.to_string()),
            kind: *k,
        })
        .collect();
    assert_eq!(quotes, expected, "the clean text reads as its comment says");
    quotes
}

/// Asserts that `noisy` gives the quotes of the clean text.
fn assert_same_quotes(noisy: &str) {
    let expected = clean_quotes();
    let doc = whosaid::extract(noisy);
    assert_eq!(seen(noisy, &doc), expected, "in {noisy:?}");
}

/// Replaces the marks of the clean text: `open`/`close` for “ ”, and
/// `sopen`/`sclose` for ‘ ’.
fn with_marks(open: &str, close: &str, sopen: &str, sclose: &str) -> String {
    CLEAN
        .replace('“', open)
        .replace('”', close)
        .replace('‘', sopen)
        .replace('’', sclose)
}

#[test]
fn the_clean_text_gives_the_quotes_read_off_it() {
    clean_quotes();
}

#[test]
fn crlf_line_endings_give_the_same_quotes() {
    assert_same_quotes(&CLEAN.replace('\n', "\r\n"));
}

#[test]
fn tabs_between_words_give_the_same_quotes() {
    assert_same_quotes(&CLEAN.replace(" said", "\tsaid").replace(". ", ".\t"));
}

#[test]
fn non_breaking_spaces_give_the_same_quotes() {
    assert_same_quotes(&CLEAN.replace(". ", ".\u{a0}").replace(" she", "\u{a0}she"));
}

#[test]
fn zero_width_characters_around_marks_and_words_give_the_same_quotes() {
    let noisy = format!("\u{feff}{CLEAN}")
        .replace('“', "\u{200b}“\u{200b}")
        .replace('”', "\u{200d}”\u{200b}")
        .replace('‘', "\u{200b}‘\u{200c}")
        .replace('’', "\u{200b}’")
        .replace(" said", "\u{200b} said");
    assert_same_quotes(&noisy);
}

#[test]
fn named_html_entities_for_marks_give_the_same_quotes() {
    assert_same_quotes(&with_marks("&ldquo;", "&rdquo;", "&lsquo;", "&rsquo;"));
}

#[test]
fn numeric_html_entities_for_marks_give_the_same_quotes() {
    assert_same_quotes(&with_marks("&#8220;", "&#8221;", "&#8216;", "&#8217;"));
}

#[test]
fn quot_entities_for_straight_marks_give_the_same_quotes() {
    assert_same_quotes(&with_marks("&quot;", "&quot;", "&#39;", "&#39;"));
}

#[test]
fn straight_marks_give_the_same_quotes() {
    assert_same_quotes(&with_marks("\"", "\"", "'", "'"));
}

#[test]
fn straight_and_curly_marks_mixed_in_one_quote_give_the_same_quotes() {
    // Every opening mark curly and every closing mark straight, and the
    // reverse.
    assert_same_quotes(&with_marks("“", "\"", "‘", "'"));
    assert_same_quotes(&with_marks("\"", "”", "'", "’"));
}

#[test]
fn a_closing_mark_written_as_an_opening_one_gives_the_same_quotes() {
    // “…“ as some encodings leave it, and ”…” as some styles write it.
    assert_same_quotes(&with_marks("“", "“", "‘", "’"));
    assert_same_quotes(&with_marks("”", "”", "‘", "’"));
}

#[test]
fn all_the_noise_at_once_gives_the_same_quotes() {
    let noisy = with_marks("&ldquo;", "\"", "&#8216;", "’")
        .replace('\n', "\r\n")
        .replace(" said", "\u{a0}said")
        .replace(". ", ".\t\u{200b}");
    assert_same_quotes(&noisy);
}
