//! Word tokens with byte spans, shared by the cue, mention and resolution
//! stages. The text is tokenised once per document.

use crate::lexicon;
use crate::span::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters and digits, with inner apostrophes, hyphens and the full
    /// stops of abbreviations and initials ("U.S.", "Mr.", "J.").
    Word,
    /// One punctuation character.
    Punct(char),
}

/// One token.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub span: Span,
    pub kind: Kind,
    /// Index of the paragraph the token is in.
    pub para: u32,
    /// Whether the token lies inside a top-level quotation (marks included).
    pub quoted: bool,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// Whether the token is a word that starts with an upper-case letter.
    pub fn is_capitalised(&self, text: &str) -> bool {
        self.is_word()
            && self
                .span
                .as_str(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    /// Whether the token is a word in lower case.
    pub fn is_lower(&self, text: &str) -> bool {
        self.is_word()
            && self
                .span
                .as_str(text)
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
    }
}

/// Tokenises `text`, giving each token its paragraph. Quote marks,
/// dashes and other punctuation are single tokens; whitespace is skipped.
pub(crate) fn tokenize(text: &str, paras: &[Span]) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    for (pi, para) in paras.iter().enumerate() {
        tokenize_para(text, *para, pi as u32, &mut out);
    }
    out
}

fn tokenize_para(text: &str, para: Span, pi: u32, out: &mut Vec<Token>) {
    let p = para.as_str(text);
    let mut iter = p.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() || c.is_control() || is_invisible(c) {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                span: Span::new(para.start + i, para.start + i + c.len_utf8()),
                kind: Kind::Punct(c),
                para: pi,
                quoted: false,
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                iter.next();
            } else if matches!(d, '\'' | '’' | '-' | '&') {
                // Inner joiner: only if a letter follows.
                let after = p[j + d.len_utf8()..].chars().next();
                if after.is_some_and(char::is_alphanumeric)
                    && !(d == '\'' && p[j + 1..].starts_with('\''))
                {
                    iter.next();
                    end = j + d.len_utf8();
                } else {
                    break;
                }
            } else if d == '.' {
                // "U.S." "a.m." "J." "Mr.": keep the full stop of an
                // abbreviation or an initial.
                let word = &p[i..end];
                let after = p[j + 1..].chars().next();
                let short_initial =
                    word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                let dotted = after.is_some_and(char::is_alphabetic)
                    && p[j + 1..].chars().nth(1) == Some('.');
                if dotted {
                    // U.S: take ".S" and go on; the loop takes the next dot.
                    iter.next();
                    end = j + 1;
                } else if short_initial
                    || after == Some(',')
                    || after == Some(')')
                    || after.is_some_and(char::is_lowercase)
                    || lexicon::is_abbreviation(word)
                    || word.contains('.')
                {
                    iter.next();
                    end = j + 1;
                    break;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        out.push(Token {
            span: Span::new(para.start + i, para.start + end),
            kind: Kind::Word,
            para: pi,
            quoted: false,
        });
    }
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}'
    )
}
