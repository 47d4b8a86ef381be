import Testing
@testable import SitrepExtract

/// The resolver's country votes (`PlaceResolver.Votes`) read as the dictionary they replace.
@Suite struct PlaceVotesTests {
    @Test func votesSumAndRankAsADictionaryDoes() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var votes = PlaceResolver.Votes()
            var added = PlaceResolver.Votes()  // cast through `add`, as the resolver does
            var dictionary: [UInt64: Double] = [:]
            #expect(votes.isEmpty)
            for _ in 0..<Int.random(in: 1...40, using: &rng) {
                // few keys, so that most votes go to a key already voted for; shares as the resolver casts them
                let key = UInt64.random(in: 1...6, using: &rng)
                let share = ([5, 0.6, 1.5, 1.0, 0.5, 1.0 / 3] as [Double]).randomElement(using: &rng) ?? 1
                votes[key, default: 0] += share
                added.add(share, to: key)
                dictionary[key, default: 0] += share
            }
            #expect(!votes.isEmpty)
            for key in UInt64(0)...7 { #expect(votes[key] == dictionary[key] && added[key] == dictionary[key]) }
            let order: ((key: UInt64, value: Double), (key: UInt64, value: Double)) -> Bool = {
                $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
            }
            let ranked = votes.sorted(by: order), expected = dictionary.sorted(by: order)
            #expect(ranked.map(\.key) == expected.map(\.key))
            #expect(ranked.map(\.value) == expected.map(\.value))
        }
    }
}
