//! Small helpers over the caller's text that several stages share.

/// Whether `w` looks like a regular past tense or past participle:
/// longer than four letters and ending in "ed" ("released", "roared"; not
/// "red" or "bed").
pub(crate) fn is_regular_past(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed")
}

/// Whether a word is a number's compound: "46-page", "19th-century".
pub(crate) fn is_number_compound(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) && w.contains('-')
}

/// Whether a word is a possessive: "Clinton's", "Clinton’s", "Jones'".
pub(crate) fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’")
}

/// The word without its possessive "'s" ("Farke's" → "Farke"), if it has
/// one.
pub(crate) fn possessive_stem(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))
}

/// The character of an HTML entity at the start of `s` (`&amp;`, `&quot;`,
/// `&#8217;`, `&#x201C;`, `&rsquo;` …, as scrapers leave them) and the
/// entity's length; numeric entities of any char, named ones of the
/// ampersand, the non-breaking space and the quote marks.
pub(crate) fn html_entity(s: &str) -> Option<(char, usize)> {
    if !s.starts_with('&') {
        return None;
    }
    let semi = s.bytes().take(10).position(|b| b == b';')?;
    let name = s.get(1..semi)?;
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code)?
    } else {
        match name {
            "amp" => '&',
            "nbsp" => '\u{a0}',
            "quot" => '"',
            "apos" => '\'',
            "ldquo" => '“',
            "rdquo" => '”',
            "bdquo" => '„',
            "lsquo" => '‘',
            "rsquo" => '’',
            "sbquo" => '‚',
            "laquo" => '«',
            "raquo" => '»',
            "lsaquo" => '‹',
            "rsaquo" => '›',
            _ => return None,
        }
    };
    Some((c, semi + 1))
}

/// `s` with its HTML entities decoded ("O&#8217;Neil" → "O’Neil",
/// "AT&amp;T" → "AT&T"); borrowed when it has none.
pub(crate) fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        match html_entity(&rest[i..]) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[i + len..];
            }
            None => {
                out.push('&');
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// A name as it is shown: entities decoded and every run of white space
/// (a line break, a non-breaking space) one space ("Angus&nbsp;Taylor" →
/// "Angus Taylor"); borrowed when there is nothing to change.
/// A nickname in quote marks between a given name and a surname is left
/// out ("Shane “Dusty” Merritt" → "Shane Merritt").
pub(crate) fn display_name(s: &str) -> std::borrow::Cow<'_, str> {
    let decoded = decode_entities(s);
    let opens = |w: &str| w.chars().count() > 1 && w.starts_with(crate::lexicon::is_quote_mark);
    let closes = |w: &str| w.chars().count() > 1 && w.ends_with(crate::lexicon::is_quote_mark);
    // (Only a name with a quote mark in it is read word by word.)
    // (The lead bytes of every quote mark: ASCII '"' and "'", and of
    // U+00AB, U+2018–U+203A and U+300C–U+300F.)
    let marked = decoded
        .bytes()
        .any(|b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3));
    let words: Vec<&str> = if marked && decoded.contains(crate::lexicon::is_quote_mark) {
        decoded.split_whitespace().collect()
    } else {
        Vec::new()
    };
    // A nickname between the first word and the last, of up to three
    // words in quote marks ("Anthony “Tony” Russo", "Tyrese “The
    // Tempest” Anyaegbu"): the words it spans.
    let nickname = (1..words.len().saturating_sub(1))
        .find(|&i| opens(words[i]))
        .and_then(|i| {
            (i..(i + 3).min(words.len() - 1))
                .find(|&j| closes(words[j]))
                .map(|j| (i, j))
        });
    if nickname.is_none()
        && !decoded.chars().any(|c| c.is_whitespace() && c != ' ')
        && !decoded.contains("  ")
    {
        return decoded;
    }
    let mut out = String::with_capacity(decoded.len());
    for (i, w) in decoded.split_whitespace().enumerate() {
        if nickname.is_some_and(|(a, b)| (a..=b).contains(&i)) {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `s` ends a sentence: a full stop, a question or exclamation
/// mark last, before any closing quote marks and spaces (“Done.”).
pub(crate) fn ends_sentence(s: &str) -> bool {
    s.trim_end_matches(|c: char| c.is_whitespace() || crate::lexicon::is_quote_mark(c))
        .ends_with(['.', '!', '?'])
}

/// Whether `s` has letters and none in lower case ("WASHINGTON", "U.S.").
pub(crate) fn in_capitals(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// The end offsets of `word` where it occurs in `s` as a whole word
/// (between characters that are not letters or digits).
pub(crate) fn word_positions<'a>(s: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    s.match_indices(word)
        .filter(move |&(i, _)| {
            !word.is_empty()
                && !s[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                && !s[i + word.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        })
        .map(move |(i, _)| i + word.len())
}

/// The words of `s` separated by whitespace, exactly as
/// `str::split_whitespace` gives them, but read byte by byte when `s` is
/// ASCII (names and most quotations), without decoding chars.
pub(crate) fn words(s: &str) -> Words<'_> {
    if s.is_ascii() {
        Words::Ascii {
            s,
            front: 0,
            back: s.len(),
        }
    } else {
        Words::Other(s.split_whitespace())
    }
}

/// The iterator of [`words`].
#[derive(Debug, Clone)]
pub(crate) enum Words<'a> {
    /// An ASCII text and the range of it not yet read.
    Ascii {
        s: &'a str,
        front: usize,
        back: usize,
    },
    /// Any other text.
    Other(std::str::SplitWhitespace<'a>),
}

/// Whether an ASCII byte is whitespace to `char::is_whitespace`: the
/// space and U+0009 to U+000D.
#[inline]
fn is_space(b: u8) -> bool {
    b == b' ' || (0x09..=0x0D).contains(&b)
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        match self {
            Words::Ascii { s, front, back } => {
                let b = s.as_bytes();
                while *front < *back && b.get(*front).is_some_and(|&c| is_space(c)) {
                    *front += 1;
                }
                if *front >= *back {
                    return None;
                }
                let start = *front;
                while *front < *back && b.get(*front).is_some_and(|&c| !is_space(c)) {
                    *front += 1;
                }
                s.get(start..*front)
            }
            Words::Other(it) => it.next(),
        }
    }
}

impl DoubleEndedIterator for Words<'_> {
    #[inline]
    fn next_back(&mut self) -> Option<Self::Item> {
        match self {
            Words::Ascii { s, front, back } => {
                let b = s.as_bytes();
                while *back > *front && b.get(*back - 1).is_some_and(|&c| is_space(c)) {
                    *back -= 1;
                }
                if *back <= *front {
                    return None;
                }
                let end = *back;
                while *back > *front && b.get(*back - 1).is_some_and(|&c| !is_space(c)) {
                    *back -= 1;
                }
                s.get(*back..end)
            }
            Words::Other(it) => it.next_back(),
        }
    }
}

/// Words that stay in lower case inside a title ("Game of Thrones").
pub(crate) const TITLE_SMALL_WORDS: &[&str] = &[
    "of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "with", "from", "by", "de",
    "la", "vs", "v",
];

/// The number of words of `s` if it is in title case with at most `max`
/// words ("All Bets Are Off.", "State of the Union"): every word
/// capitalised or a digit, but small words after the first.
pub(crate) fn title_case_words(s: &str, max: usize) -> Option<usize> {
    let capitalised = |w: &str| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    // Read word by word, as most fragments fail at the first.
    let mut words = 0;
    for w in crate::text::words(s)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
    {
        words += 1;
        // "the Wolves": a leading "the" before capitalised words.
        let title_case =
            capitalised(w) || ((words > 1 || w == "the") && TITLE_SMALL_WORDS.contains(&w));
        if words > max || !title_case {
            return None;
        }
    }
    (words > 0).then_some(words)
}

/// Whether a text notes that it is an edited interview ("The interview has
/// been edited for length and clarity", "… edited and condensed"), in
/// linear time.
pub(crate) fn notes_edited_interview(text: &str) -> bool {
    const AFTER_EDITED: [&str; 3] = [" for length", " for clarity", " and condensed"];
    ["edited", "Edited"].iter().any(|w| {
        text.match_indices(w).any(|(i, _)| {
            let rest = &text[i + w.len()..];
            AFTER_EDITED.iter().any(|a| rest.starts_with(a))
                || text[..i].ends_with("condensed and ")
        })
    })
}

/// The ASCII letter a Latin letter with an accent is written as without it
/// ("á" → "a", "Ñ" → "N"), an ASCII letter itself, or `None` for any other
/// character: how a given name written with accents is found in the word
/// lists, which hold it without them ("Desirée" as "desiree").
fn fold_latin(c: char) -> Option<char> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'A',
        'ç' => 'c',
        'Ç' => 'C',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'È' | 'É' | 'Ê' | 'Ë' => 'E',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'Ì' | 'Í' | 'Î' | 'Ï' => 'I',
        'ñ' => 'n',
        'Ñ' => 'N',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'O',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
        'ý' | 'ÿ' => 'y',
        'Ý' => 'Y',
        c if c.is_ascii_alphabetic() => c,
        _ => return None,
    })
}

/// `word` with its Latin accents folded ([`fold_latin`]) into `buf`, on the
/// stack of the caller: `None` when a character has no plain letter or the
/// word does not fit ("Julián" → "Julian").
pub(crate) fn fold_latin_word<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let mut n = 0;
    for c in word.chars() {
        *buf.get_mut(n)? = fold_latin(c)? as u8;
        n += 1;
    }
    std::str::from_utf8(&buf[..n]).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interview_note_is_found_in_its_usual_wordings_only() {
        assert!(notes_edited_interview(
            "This interview has been edited for length."
        ));
        assert!(notes_edited_interview("Edited for clarity."));
        assert!(notes_edited_interview("It was condensed and edited."));
        assert!(notes_edited_interview("It has been edited and condensed."));
        assert!(!notes_edited_interview("She edited the paper for years."));
    }

    #[test]
    fn entities_are_decoded_and_a_bare_ampersand_is_kept() {
        assert_eq!(decode_entities("O&#8217;Neil"), "O’Neil");
        assert_eq!(
            decode_entities("AT&amp;T &x201C; Q&A &#x2019;"),
            "AT&T &x201C; Q&A ’"
        );
        assert_eq!(decode_entities("&#99999999;&"), "&#99999999;&");
        assert!(matches!(
            decode_entities("Ann Lee"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    fn same(s: &str) {
        let want: Vec<&str> = s.split_whitespace().collect();
        assert_eq!(words(s).collect::<Vec<_>>(), want, "{s:?}");
        let back: Vec<&str> = s.split_whitespace().rev().collect();
        assert_eq!(words(s).rev().collect::<Vec<_>>(), back, "{s:?}");
        // Both ends at once.
        let mut a = words(s);
        let mut b = s.split_whitespace();
        loop {
            let (x, y) = (a.next(), b.next());
            assert_eq!(x, y, "{s:?}");
            let (x, y) = (a.next_back(), b.next_back());
            assert_eq!(x, y, "{s:?}");
            if x.is_none() {
                break;
            }
        }
    }

    #[test]
    fn words_are_those_of_split_whitespace() {
        for s in [
            "",
            " ",
            "a",
            " Ann  Lee ",
            "a\tb\nc\x0Bd\x0Ce\rf\x1Cg",
            "Ann\u{a0}Lee",
            "Ann Lee\u{2009}Jr.",
            "one two three four",
        ] {
            same(s);
        }
        // Every ASCII byte between two words.
        for c in 0u8..0x80 {
            let s = format!("ab{}cd {}", c as char, c as char);
            same(&s);
        }
    }
}
