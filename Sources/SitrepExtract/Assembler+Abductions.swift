import SitrepModel

// MARK: - Mass abductions: the taking of many is the event, not the one killed during it

extension Assembler {
    /// More people taken than killed or hurt: "kidnapped 25 passengers from two buses and shot
    /// dead the driver", "20 students were abducted; a guard was killed". The abduction is the
    /// event (as ACLED's and the news's own headline would name it); one killed in the raid does
    /// not make an attack of it. The number taken is read right after the abduction word, or
    /// right before it ("at least 20 travellers were kidnapped"). Deaths told first are the event
    /// ("killed 11 people and abducted 17 others": an attack).
    func abductsMoreThanItHarms(_ inc: Incident, harmed: Int, toll: Range<Int>?) -> Bool {
        guard harmed > 0, let r = triggerRange(inc, .abduction) else { return false }
        if let toll, toll.lowerBound < r.lowerBound { return false }
        let range = doc.sentences[Int(doc.sentenceOf[r.lowerBound])].range
        let near = max(range.lowerBound, r.lowerBound - 5)..<min(range.upperBound, r.upperBound + 4)
        return near.contains { j in
            let tok = doc.tokens[j]
            guard tok.kind == .number, !(r.lowerBound..<r.upperBound).contains(j) else { return false }
            return tok.value > Double(harmed) && tok.value < 5000
        }
    }
}
