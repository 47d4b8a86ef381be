/// One token of a text: a word, a number or a punctuation mark, with its UTF-8 byte range and keys.
struct Token: Sendable {
    enum Kind: UInt8, Sendable { case word, number, punct }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        static let capitalized = Flags(rawValue: 1 << 0)
        static let allCaps = Flags(rawValue: 1 << 1)
        /// Joined to the next token by a hyphen with no space ("al-Sha'ar", "thirty-two").
        static let hyphenNext = Flags(rawValue: 1 << 2)
        /// Inside quotation marks.
        static let quoted = Flags(rawValue: 1 << 3)
        /// First token on its line.
        static let lineStart = Flags(rawValue: 1 << 4)
        /// First token after a blank line.
        static let paraStart = Flags(rawValue: 1 << 5)
        /// Ended with an apostrophe-s, not part of the keys ("Assad’s").
        static let possessive = Flags(rawValue: 1 << 6)
        /// A word with letters outside Latin (Arabic script...): matched by lex only.
        static let opaque = Flags(rawValue: 1 << 7)
        /// A number written with a plus sign right after it ("30+").
        static let plus = Flags(rawValue: 1 << 8)
        /// A lexicon article ("al", "the") / stopword: set by `Document` once, read by every matcher.
        static let article = Flags(rawValue: 1 << 9)
        static let stop = Flags(rawValue: 1 << 10)
        /// The word may start a phrase of the rule lexicon / an actor's alias / a named source / a
        /// gazetteer name (its one-word probe finds the table's hash; see `WordStarts`): set by the
        /// tokenizer, read by the matchers to skip the words that start none.
        static let mayStartLexicon = Flags(rawValue: 1 << 11)
        static let mayStartActor = Flags(rawValue: 1 << 12)
        static let mayStartSource = Flags(rawValue: 1 << 13)
        static let mayStartPlace = Flags(rawValue: 1 << 14)
    }

    var start: Int32
    var end: Int32
    var kind: Kind
    /// For punctuation: the ASCII mark it stands for (curly quotes → `"`, dashes → `-`).
    var mark: UInt8
    var flags: Flags
    /// Number of digits for numbers, number of letters for words.
    var length: Int32
    var lex: UInt64
    var geo: UInt64
    /// The stem key of a word; for a number, the bit pattern of its value (numbers have no keys).
    var stem: UInt64

    /// For numbers: the value (NaN otherwise).
    @inline(__always) var value: Double { kind == .number ? Double(bitPattern: stem) : .nan }

    // Fields ordered so that the token packs into 40 bytes (the token array is a document's largest).
    @inline(__always)
    init(start: Int32, end: Int32, kind: Kind, mark: UInt8, flags: Flags, lex: UInt64, geo: UInt64, stem: UInt64, value: Double, length: Int32) {
        self.start = start
        self.end = end
        self.kind = kind
        self.mark = mark
        self.flags = flags
        self.length = length
        self.lex = lex
        self.geo = geo
        self.stem = kind == .number ? value.bitPattern : stem
    }

    @inline(__always) func isPunct(_ m: UInt8) -> Bool { kind == .punct && mark == m }
    var isWord: Bool { kind == .word }
}

/// A sentence: a token range plus its paragraph number.
struct Sentence: Sendable {
    var range: Range<Int>
    var paragraph: Int
    /// The sentence is a whole line with no final punctuation (a headline candidate).
    var isBareLine: Bool
}
