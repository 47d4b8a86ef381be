import Foundation
import Testing
import SitrepModel
@testable import SitrepExtract

@Suite struct IOTests {
    @Test func eventJSONHasExactlyTheContractFields() throws {
        let e = ExtractedEvent(eventType: "Battles", subEventType: "Armed clash", date: "2016-05-04", spans: ["location": SpanList([ByteSpan(3, 9)])])
        let data = try JSONEncoder().encode(e)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let expected = ["doc_id", "event_type", "sub_event_type", "cameo_root", "date", "time_precision", "location", "admin1", "country",
                        "latitude", "longitude", "geo_precision", "actor1", "actor2", "fatalities", "fatalities_min", "fatalities_max",
                        "injured", "civilian_targeting", "source", "source_kind", "certainty", "denial", "accounts", "confidence", "text", "spans"]
        #expect(Set(object.keys) == Set(expected))
        #expect((object["spans"] as? [String: Any])?["location"] as? [Int] == [3, 9])
        #expect(try JSONDecoder().decode(ExtractedEvent.self, from: data) == e)
    }

    /// `EventJSON` writes what `JSONEncoder` (sorted keys, unescaped slashes) writes, byte for byte:
    /// random events with hostile strings (quotes, backslashes, every control character, slashes,
    /// non-ASCII, U+2028), nulls, numbers of every size and zero, one or many spans.
    @Test func eventJSONWritesWhatJSONEncoderWrites() throws {
        var rng = PageRobustnessTests.Generator(state: 42)
        let pieces = ["a", "Ş", "/", "\\", "\"", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}", "\u{7F}", "\u{2028}", "😀", " ", "é", "<b>"]
        func text() -> String { (0..<Int(rng.next() % 12)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined() }
        func maybe<T>(_ v: T) -> T? { rng.next() % 3 == 0 ? nil : v }
        func number() -> Double {
            let choices: [Double] = [0, -0.0, 37, 36.2012, -33.25, 0.1, 1e-7, 5e20, 1e16, 123_456_789.123, Double(rng.next() % 100_000) / 10_000]
            return choices[Int(rng.next() % UInt64(choices.count))]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for _ in 0..<500 {
            var spans: [String: SpanList] = [:]
            for _ in 0..<Int(rng.next() % 4) {
                let n = Int(rng.next() % 3)
                spans[text()] = SpanList((0..<n).map { k in ByteSpan(k * 7, k * 7 + Int(rng.next() % 50)) })
            }
            let accounts = (0..<Int(rng.next() % 3)).map { _ in
                Account(source: text(), sourceKind: maybe(text()), certainty: text(), fatalitiesMin: maybe(Int(rng.next() % 500)),
                        fatalitiesMax: maybe(Int(rng.next() % 500)), injured: maybe(0), denial: rng.next() % 2 == 0,
                        span: ByteSpan(Int(rng.next() % 100), Int(rng.next() % 1000)))
            }
            let e = ExtractedEvent(
                docID: maybe(text()), eventType: text(), subEventType: text(), cameoRoot: maybe(text()), date: text(),
                timePrecision: Int(rng.next() % 4), location: maybe(text()), admin1: maybe(text()), country: maybe(text()),
                latitude: maybe(number()), longitude: maybe(number()), geoPrecision: maybe(Int(rng.next() % 4)),
                actor1: maybe(text()), actor2: maybe(text()), fatalities: Int(rng.next() % 1_000), fatalitiesMin: maybe(-5),
                fatalitiesMax: maybe(Int.max), injured: maybe(0), civilianTargeting: rng.next() % 2 == 0, source: maybe(text()),
                sourceKind: maybe(text()), certainty: text(), denial: rng.next() % 2 == 0, accounts: accounts,
                confidence: number(), text: text(), spans: spans
            )
            var bytes: [UInt8] = []
            #expect(EventJSON.append(e, to: &bytes))
            #expect(bytes == Array(try encoder.encode(e)), "\(e)")
        }
        // JSON holds no NaN: such an event is left out, as JSONEncoder refuses it
        var bytes: [UInt8] = []
        #expect(!EventJSON.append(ExtractedEvent(eventType: "x", subEventType: "y", date: "d", confidence: .nan), to: &bytes))
        #expect(bytes.isEmpty)
    }

    /// Coordinates and confidences (0.001 to a million, up to eight decimals) are written from
    /// their digits: exactly as `description` writes them, less a final ".0"; others still through
    /// `description`.
    @Test func aShortDecimalIsWrittenAsDescriptionWritesIt() {
        var rng = PageRobustnessTests.Generator(state: 7)
        var values: [Double] = [0.001, 0.0015, 0.1, 0.3, 0.85, 1, 37, 99.99, 6.2458, 100_000, 999_999.99999999, 0.1 + 0.2]
        for _ in 0..<1_500 {
            let decimals = Int(rng.next() % 9)
            let digits = Double(rng.next() % 100_000_000_000_000)
            values.append(digits / pow(10, Double(8 + decimals)))
            values.append(Double(Int64(rng.next() % 360_000_000) - 180_000_000) / pow(10, Double(decimals)))
            values.append(Double(bitPattern: 0x3F50_0000_0000_0000 + rng.next() % 0x0080_0000_0000_0000))
        }
        for d in values {
            var expected = d.description
            if expected.hasSuffix(".0") { expected.removeLast(2) }
            var out = ByteBuffer()
            if EventJSON.shortDecimal(d, &out) {
                #expect(out.withBytes { String(decoding: $0, as: UTF8.self) } == expected, "\(d)")
            }
        }
    }

    /// Many documents on several workers: the same bytes, in input order, as one document at a time.
    @Test func extractAllKeepsInputOrderWhateverTheWorkers() async throws {
        let extractor = Support.bundled
        let day = Support.day("2022-03-10")
        let sentences = [
            "On 3 March 2022, gunmen killed two farmers near Gao.",
            "On 4 March 2022, protesters marched peacefully in Nairobi.",
            "The minister will visit Paris next week.",
            "On 5 March 2022, an air strike hit a market in Idlib, killing 12 civilians.",
        ]
        // about 700 documents: several batches, some empty of events
        let items = (0..<700).map { ExtractIO.Item(id: "d\($0)", text: sentences[$0 % sentences.count], published: day) }
        var expected: [UInt8] = []
        for item in items {
            for e in extractor.extract(text: item.text, published: item.published, context: .init(docID: item.id, assumeEvent: false)) where EventJSON.append(e, to: &expected) {
                expected.append(0x0A)
            }
        }
        for workers in [1, 3] {
            var got: [UInt8] = []
            var events: [ExtractedEvent] = []
            let stats = await ExtractIO.extractAll(items, with: extractor, assumeEvent: false, workers: workers, asJSONLines: true) { got += $0.jsonLines }
            _ = await ExtractIO.extractAll(items, with: extractor, assumeEvent: false, workers: workers, asJSONLines: false) { events += $0.events }
            // compared as text: a failure prints lines, not 300,000 numbers
            #expect(String(decoding: got, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
            #expect(ExtractIO.jsonLines(events) == String(decoding: expected, as: UTF8.self))
            #expect(stats.documents == 700 && stats.workers == workers)
            #expect(stats.events == events.count && stats.events > 300)
            #expect(stats.bytes == items.reduce(0) { $0 + $1.text.utf8.count })
        }
    }

    @Test func jsonlInputCarriesIDsAndDates() throws {
        let input = #"{"id":"a1","text":"Shelling in Homs.","published":"2020-05-07"}"# + "\n\n" + #"{"id":7,"text":"x"}"#
        let items = try ExtractIO.items(from: Data(input.utf8), name: "in.jsonl", format: .jsonl, published: Support.day("2016-01-01"))
        #expect(items.map(\.id) == ["a1", "7"])
        #expect(items[0].published == Support.day("2020-05-07"))
        #expect(items[1].published == Support.day("2016-01-01"))
    }

    /// The direct reader of flat JSON Lines (`JSONLine`) reads what JSONSerialization reads, and
    /// declines (leaving the line to JSONSerialization) whatever it does not read the same way.
    @Test func jsonLineReadsAsJSONSerializationDoes() throws {
        let read: [String] = [
            #"{"id": "d0", "text": "On 1 May 2020, Al Shabaab \"militants\" kidnapped\ntwo\/three.", "published": "2020-05-05"}"#,
            #"{"text":"caf\u00e9 \ud83d\ude00 \t\b\f\r\\ done","extra":"x"}"#,
            #" { "published" : "2020-05-07" , "text" : "Homs é 😀" } "#,
            #"{}"#,
        ]
        for line in read {
            let bytes = Array(line.utf8)
            let fields = try #require(JSONLine(bytes, 0..<bytes.count), "\(line)")
            let dict = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
            #expect(fields.id == dict["id"] as? String)
            #expect(fields.text == dict["text"] as? String)
            #expect(fields.published == dict["published"] as? String)
        }
        let declined: [String] = [
            #"{"id":7,"text":"x"}"#, #"{"text":null}"#, #"{"text":"a","text":"b"}"#, #"{"text":"\ud83d"}"#,
            #"{"text":"\ude00"}"#, #"{"text":"x","n":[1]}"#, #"{"text":"x"} y"#, #"{"text":"x",}"#, #"{"text":"\x"}"#,
            "{\"text\":\"a\u{01}b\"}", #"{"text":"x""#,
        ]
        for line in declined {
            let bytes = Array(line.utf8)
            #expect(JSONLine(bytes, 0..<bytes.count) == nil, "\(line)")
        }
        let invalid: [UInt8] = Array(#"{"text":""#.utf8) + [0xFF] + Array(#""}"#.utf8)
        #expect(JSONLine(invalid, 0..<invalid.count) == nil)
        let invalidKey: [UInt8] = Array(#"{"k"#.utf8) + [0xC3] + Array(#"":"v","text":"x"}"#.utf8)
        #expect(JSONLine(invalidKey, 0..<invalidKey.count) == nil)
    }

    @Test(arguments: [
        ("{\"id\":1}\n{not json}", "in.jsonl:1"),
        ("{\"id\":\"a\",\"text\":\"t\"}\n{not json}", "in.jsonl:2"),
        ("{\"id\":\"a\",\"text\":\"t\",\"published\":\"05/05/2016\"}", "in.jsonl:1"),
    ])
    func badJSONLNamesFileAndLine(input: String, location: String) {
        do {
            _ = try ExtractIO.items(from: Data(input.utf8), name: "in.jsonl", format: .jsonl, published: Date())
            Issue.record("expected an error")
        } catch let error as ExtractError {
            #expect(error.message.hasPrefix(location))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test(arguments: ["2016-02-30", "16-05-05", "2016-13-01", "yesterday"])
    func badDatesAreRejected(text: String) {
        #expect(ExtractIO.parseDay(text) == nil)
    }

    @Test func csvHasACLEDColumnsAndGeoJSONHasPoints() {
        var e = ExtractedEvent(docID: "d", eventType: "Battles", subEventType: "Armed clash", date: "2016-05-04", location: "Aleppo, city",
                               latitude: 36.2, longitude: 37.13, fatalities: 3, text: "Clashes, \"heavy\".")
        e.country = "Syria"
        let csv = ExtractIO.csv([e]).split(separator: "\n")
        #expect(csv[0].split(separator: ",").count == 31)
        #expect(csv[1].hasPrefix("d-1,2016-05-04,2016,1,Political violence,Battles,Armed clash"))
        #expect(csv[1].contains("\"Aleppo, city\""))
        #expect(csv[1].contains("\"Clashes, \"\"heavy\"\".\""))
        let geo = ExtractIO.geoJSON([e])
        #expect(geo.hasPrefix("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[37.13,36.2]}"))
    }
}

/// The export reads the actor list's inter codes without loading the whole extractor.
@Suite struct ActorCodesTests {
    @Test func bundledInterCodes_areTheExtractorsOwn() throws {
        let alone = try Extractor.bundledActorInterCodes()
        #expect(!alone.isEmpty)
        #expect(alone == (try Extractor.bundled()).actorInterCodes())
        #expect(alone["Civilians (Syria)"] == 7 || alone.values.contains(7))
    }

    /// The eight-at-a-time scan finds the first byte a JSON string escapes exactly, wherever it falls in
    /// the word and whatever follows it (a borrow past the first match must not move it).
    @Test func wordScansFindTheFirstByteExactly() {
        let looked: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x22, 0x5C, 0x20, 0x7F, 0x80]
        let plain: [UInt8] = [0x20, 0x21, 0x23, 0x41, 0x5B, 0x5D, 0x7F, 0x80, 0xC3, 0xFF, 0xA2, 0xDC]
        for at in 0..<8 {
            for b in looked {
                for after in looked + plain {
                    var bytes = [UInt8](repeating: 0x61, count: 8)
                    bytes[at] = b
                    if at < 7 { bytes[7] = after }
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    let special = JSONBytes.special(word)
                    let isSpecial = b < 0x20 || b == 0x22 || b == 0x5C
                    #expect(isSpecial == (special != 0 && special.trailingZeroBitCount >> 3 == at))
                }
            }
            for b in plain {
                var bytes = [UInt8](repeating: 0x61, count: 8)
                bytes[at] = b
                let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(JSONBytes.special(word) == 0)
            }
        }
        let text = Array("a plain run of text, then a \"quote\"".utf8)
        #expect(text.withUnsafeBufferPointer { JSONBytes.containsSpecial($0) })
        #expect(!text.dropLast(8).withUnsafeBufferPointer { JSONBytes.containsSpecial($0) })
    }
}
