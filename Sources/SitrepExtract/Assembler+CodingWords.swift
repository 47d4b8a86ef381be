import SitrepModel

// MARK: - Words and helpers of `code`

extension Assembler {
    static let suspicionWords = WordSet(["suspected", "accused", "alleged", "allegedly", "suspicion", "charged"])

    static let nonViolent: SubEventSet = [.agreement, .arrests, .changeToGroup, .headquarters, .nonViolentTransfer, .peacefulProtest]

    func span(_ r: Range<Int>) -> SpanList {
        let (a, b) = doc.byteSpan(r)
        return SpanList(ByteSpan(a, b))
    }
}

extension [Double] {
    /// The score of sub-type `sub` in scores indexed by sub-type (`Incident.scores`). A subscript,
    /// not a closure over the scores: a closure boxed them, and each of its reads checked exclusivity.
    @inline(__always) subscript(sub sub: SubEventType) -> Double { self[sub.rawValue] }
}
