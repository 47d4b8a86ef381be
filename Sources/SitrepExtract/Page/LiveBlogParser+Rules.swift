import SitrepModel

/// The line rules of a live-blog page. Each rule looks at one trimmed line.
enum PageRules {
    // MARK: - Markers

    /// `UPDATE 1345 GMT: text` (also `Update, 13:45 GMT – text`): hour and minute as written
    /// (not yet range-checked) and the rest of the line.
    static func updateMarker(_ line: String) -> (hour: Int, minute: Int, rest: String)? {
        // Scanned by hand: it runs on every line of every imported page, and a regex literal here
        // was compiled again on each call (a quarter of import time).
        // Shape: "update" [ ,]* H{1,2} ":"? MM " "* [A-Za-z]{2,5}? " "* [:-–—] " "* rest
        guard hasPrefix(line, "update") else { return nil }
        let scalars = Array(line.unicodeScalars)
        var index = 6
        func skip(_ set: String) { while index < scalars.count, set.unicodeScalars.contains(scalars[index]) { index += 1 } }
        func digit(_ at: Int) -> Int? {
            guard at < scalars.count, ("0"..."9").contains(scalars[at]) else { return nil }
            return Int(scalars[at].value) - 48
        }
        skip(" ,")
        var digits: [Int] = []
        while digits.count < 4, let value = digit(index) {
            digits.append(value)
            index += 1
            if digits.count <= 2, index < scalars.count, scalars[index] == ":", digit(index + 1) != nil {
                // "13:45": the colon closes the hour.
                index += 1
                let hour = digits.reduce(0) { $0 * 10 + $1 }
                guard let m1 = digit(index), let m2 = digit(index + 1), digit(index + 2) == nil else { return nil }
                index += 2
                return finishUpdateMarker(scalars, from: index, hour: hour, minute: m1 * 10 + m2)
            }
        }
        guard digits.count >= 3, digit(index) == nil else { return nil }
        let hour = digits.dropLast(2).reduce(0) { $0 * 10 + $1 }
        let minute = digits[digits.count - 2] * 10 + digits[digits.count - 1]
        return finishUpdateMarker(scalars, from: index, hour: hour, minute: minute)
    }

    /// After "UPDATE 1345": an optional zone ("GMT"), then a separator and the rest of the line.
    private static func finishUpdateMarker(_ scalars: [Unicode.Scalar], from start: Int, hour: Int, minute: Int) -> (hour: Int, minute: Int, rest: String)? {
        var index = start
        while index < scalars.count, scalars[index] == " " { index += 1 }
        var letters = 0
        while index < scalars.count, scalars[index].isASCII, scalars[index].properties.isAlphabetic { letters += 1; index += 1 }
        guard letters == 0 || (2...5).contains(letters) else { return nil }
        while index < scalars.count, scalars[index] == " " { index += 1 }
        guard index < scalars.count, ":-–—".unicodeScalars.contains(scalars[index]) else { return nil }
        index += 1
        while index < scalars.count, scalars[index] == " " { index += 1 }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars[index...])
        return (hour, minute, String(rest))
    }

    /// `ORIGINAL ENTRY: text`: the rest of the line.
    static func originalEntryMarker(_ line: String) -> String? {
        guard hasPrefix(line, "original entry") else { return nil }
        let pattern = #/^(?i:original entry)[ ]*[:\-–—][ ]*(.*)$/#
        return line.wholeMatch(of: pattern).map { String($0.1) }
    }

    /// `PHOTO: caption (credit)`; the credit is the last parenthesised group ending the line.
    static func leadPhoto(_ line: String) -> Photo? {
        guard hasPrefix(line, "photo") else { return nil }
        guard let match = line.wholeMatch(of: #/^(?i:photo)[ ]*:[ ]*(.+)$/#) else { return nil }
        let rest = String(match.1)
        if rest.hasSuffix(")"), let open = rest.lastIndex(of: "("), open > rest.startIndex {
            let caption = PageText.normalisedLine(rest[..<open])
            let credit = PageText.normalisedLine(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)])
            if !caption.isEmpty, !credit.isEmpty { return Photo(caption: caption, credit: credit) }
        }
        return Photo(caption: rest)
    }

    /// `THURSDAY FEATURE`, `FEATURE`, `FEATURES`: the next lines are features.
    static func isFeatureMarker(_ line: String) -> Bool {
        guard line.hasSuffix("FEATURE") || line.hasSuffix("FEATURES"), isAllCaps(line), let last = line.split(separator: " ").last else { return false }
        return last == "FEATURE" || last == "FEATURES"
    }

    /// `Op-Ed: …` is a feature wherever it appears.
    static func isOpEd(_ line: String) -> Bool {
        line.lowercased().hasPrefix("op-ed:")
    }

    /// `See Syria Daily, May 4: …` (also `See also: …`): the linked title.
    static func seeAlso(_ line: String) -> String? {
        guard line.hasPrefix("See") else { return nil }
        guard let match = line.wholeMatch(of: #/^See(?: also)?[ ]*:?[ ]+(.+)$/#) else { return nil }
        let title = String(match.1)
        guard let first = title.first, first.isUppercase || first.isNumber || "“\"‘'".contains(first) else { return nil }
        return title
    }

    /// Page furniture with no content of its own.
    static let noise: Set<String> = [
        "latest", "jump to original entry", "jump to the original entry", "advertisement",
        "share this", "share", "related", "read more", "continue reading",
    ]

    static func isNoise(_ line: String) -> Bool {
        var key = line.lowercased()
        while key.hasSuffix(":") || key.hasSuffix("…") || key.hasSuffix(".") { key.removeLast() }
        return noise.contains(key)
    }

    /// Case-insensitive ASCII prefix test without lowercasing the whole line.
    static func hasPrefix(_ line: String, _ lowercasePrefix: String) -> Bool {
        var characters = line.utf8.makeIterator()
        for expected in lowercasePrefix.utf8 {
            guard let actual = characters.next(), actual | 0x20 == expected | 0x20 else { return false }
        }
        return true
    }

    // MARK: - Shapes

    /// An all-caps line naming a picture: `SARMADA STRIKE 05-05-16`, `ISIS AL-SHAAR HAUL`.
    static func isCaption(_ line: String) -> Bool {
        guard (2...80).contains(line.utf8.count) || (2...80).contains(line.count) else { return false }
        guard let last = line.last, last != ".", last != ":", isAllCaps(line), !isFeatureMarker(line) else { return false }
        return line.allSatisfy { $0.isLetter || $0.isNumber || captionPunctuation.contains($0) }
    }

    /// At least two letters, none of them lowercase. Stops at the first lowercase letter.
    static let captionPunctuation: Set<Character> = Set(" -'’/&,()#+.")

    static func isAllCaps(_ line: String) -> Bool {
        var letters = 0
        for character in line where character.isLetter {
            guard character.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Words that stay lowercase in a title-case headline.
    static let smallWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to",
        "by", "from", "with", "as", "vs", "vs.", "via", "than", "into", "onto", "over", "per", "up",
        "off", "out", "after", "amid", "near", "is",
    ]

    /// A section headline: short, title case, no final period or colon, not all caps.
    /// "30+ Killed in Airstrike on Displaced Persons’ Camp in North" is one; a sentence is not.
    static func isHeadline(_ line: String) -> Bool {
        guard (8...160).contains(line.count), !isAllCaps(line), !isOpEd(line), seeAlso(line) == nil,
              updateMarker(line) == nil, originalEntryMarker(line) == nil, leadPhoto(line) == nil
        else { return false }
        var end = line
        while let last = end.last, "”\"’')]".contains(last) { end.removeLast() }
        guard let last = end.last, !".,;:".contains(last) else { return false }
        let words = line.split(separator: " ")
        guard (2...25).contains(words.count) else { return false }
        var significant = 0
        var capitalised = 0
        for (index, word) in words.enumerated() {
            let core = word.drop { !($0.isLetter || $0.isNumber) }
            guard let first = core.first else { continue }
            if index > 0, smallWords.contains(core.lowercased()) { continue }
            significant += 1
            if first.isUppercase || first.isNumber { capitalised += 1 }
        }
        guard let firstWord = words.first?.drop(while: { !($0.isLetter || $0.isNumber) }).first,
              firstWord.isUppercase || firstWord.isNumber else { return false }
        return significant >= 2 && Double(capitalised) >= Double(significant) * 0.8
    }

    /// An introduction to a video whose embed did not survive ("Footage of the fighting:").
    static func videoIntroduction(_ line: String) -> String? {
        guard line.hasSuffix(":"), line.count <= 120 else { return nil }
        let lowered = line.lowercased()
        guard lowered.contains("footage") || lowered.contains("video") || lowered.contains("watch") else { return nil }
        return String(line.dropLast())
    }
}
