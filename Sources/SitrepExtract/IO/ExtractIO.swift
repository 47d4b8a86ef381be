import Foundation
import SitrepModel

/// Input and output formats of `sitrep extract`: the command only parses flags and calls these.
public enum ExtractIO {
    public enum InputFormat: String, CaseIterable, Sendable { case text, html, jsonl }
    public enum OutputFormat: String, CaseIterable, Sendable { case jsonl, csv, geojson }

    /// One document to extract from.
    public struct Item: Sendable, Hashable {
        public var id: String
        public var text: String
        public var published: Date

        public init(id: String, text: String, published: Date) {
            self.id = id
            self.text = text
            self.published = published
        }
    }

    /// Parses "YYYY-MM-DD" (a UTC day). Nil when malformed.
    public static func parseDay(_ s: String) -> Date? {
        let parts = s.prefix(10).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= Day.daysIn(month: m, year: y) else { return nil }
        return Date(timeIntervalSince1970: Double(Day(year: y, month: m, day: d).ordinal) * 86_400)
    }

    /// Decodes raw bytes of one input (a file or standard input) into items. Invalid UTF-8 is repaired.
    /// - Parameter name: the file name, used as the doc id for text and HTML and in error messages.
    public static func items(from data: Data, name: String, format: InputFormat, published: Date) throws -> [Item] {
        switch format {
        case .text:
            return [Item(id: name, text: String(decoding: data, as: UTF8.self), published: published)]
        case .html:
            return [Item(id: name, text: HTMLText.text(fromHTML: String(decoding: data, as: UTF8.self)), published: published)]
        case .jsonl:
            var out: [Item] = []
            var lineNumber = 0
            // the last "published" value read and its day (the same bytes give the same day): a
            // file's lines mostly share one
            var lastPublished: (text: String, day: Date)?
            // split on bytes: Foundation's trimming per line costs more than the extraction itself
            let bytes = [UInt8](data)
            var start = 0
            while start <= bytes.count {
                var end = start
                // the line's end, eight bytes at a time (a zero byte of `w ^ "\n\n..."` is a line break)
                bytes.withUnsafeBytes { raw in
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    while end + 8 <= raw.count {
                        let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)) ^ (ones &* 0x0A)
                        let breaks = (w &- ones) & ~w & (ones &* 0x80)
                        if breaks != 0 { end += breaks.trailingZeroBitCount >> 3; return }
                        end += 8
                    }
                }
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                var a = start, b = end
                while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 || bytes[a] == 0x0D { a += 1 }
                while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 || bytes[b - 1] == 0x0D { b -= 1 }
                start = end + 1
                if a == b { continue }
                // a flat line of strings is read directly (`JSONLine`); any other through Foundation
                var fields = JSONLine(bytes, a..<b)
                if fields == nil {
                    let object: Any
                    do {
                        object = try JSONSerialization.jsonObject(with: Data(bytes[a..<b]))
                    } catch {
                        throw ExtractError(code: .badInput, message: "\(name):\(lineNumber): not a JSON object (\(error.localizedDescription))")
                    }
                    if let dict = object as? [String: Any] {
                        var read = JSONLine(text: dict["text"] as? String, published: dict["published"] as? String)
                        switch dict["id"] {
                        case let s as String: read.id = s
                        case let n as NSNumber: read.id = n.stringValue
                        default: break
                        }
                        fields = read
                    }
                }
                guard let fields, let body = fields.text else {
                    throw ExtractError(code: .badInput, message: "\(name):\(lineNumber): expected {\"id\", \"text\", \"published\"} with a string \"text\"")
                }
                let id = fields.id ?? "\(name):\(lineNumber)"
                var day = published
                if let p = fields.published, let last = lastPublished, last.text.utf8.elementsEqual(p.utf8) {
                    day = last.day
                } else if let p = fields.published {
                    guard let parsed = parseDay(p) else {
                        throw ExtractError(code: .badDate, message: "\(name):\(lineNumber): \"published\" must be YYYY-MM-DD, got \"\(p)\"")
                    }
                    day = parsed
                    lastPublished = (p, parsed)
                }
                out.append(Item(id: id, text: body, published: day))
            }
            return out
        }
    }

    // MARK: - Output

    public static func encode(_ events: [ExtractedEvent], as format: OutputFormat) -> String {
        switch format {
        case .jsonl: return jsonLines(events)
        case .csv: return csv(events)
        case .geojson: return geoJSON(events)
        }
    }

    /// One JSON object per line (`EventJSON`: keys sorted, nulls written). An event with a number
    /// JSON cannot hold (not finite) is left out, as `JSONEncoder` refuses it.
    public static func jsonLines(_ events: some Collection<ExtractedEvent>) -> String {
        var out = ByteBuffer(capacity: events.count * 1_024)
        for e in events where EventJSON.write(e, to: &out) { out.append(0x0A) }
        return out.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// ACLED's 31 columns, in ACLED's order.
    public static let csvColumns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ]

    public static func csv(_ events: [ExtractedEvent]) -> String {
        var out = csvColumns.joined(separator: ",") + "\n"
        for (n, e) in events.enumerated() {
            let disorder: String
            switch e.eventType {
            case "Protests", "Riots": disorder = "Demonstrations"
            case "Strategic developments": disorder = "Strategic developments"
            default: disorder = "Political violence"
            }
            let row: [String] = [
                "\(e.docID ?? "doc")-\(n + 1)", e.date, String(e.date.prefix(4)), String(e.timePrecision), disorder,
                e.eventType, e.subEventType, e.actor1 ?? "", "", "", e.actor2 ?? "", "", "", "",
                e.civilianTargeting ? "Civilian targeting" : "", "", "", e.country ?? "", e.admin1 ?? "", "", "",
                e.location ?? "", e.latitude.map { String($0) } ?? "", e.longitude.map { String($0) } ?? "",
                e.geoPrecision.map(String.init) ?? "", e.source ?? "", "", e.text, String(e.fatalities), "", "",
            ]
            out += row.map(csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func geoJSON(_ events: [ExtractedEvent]) -> String {
        var features: [String] = []
        var props: [UInt8] = []
        for e in events {
            props.removeAll(keepingCapacity: true)
            guard let lat = e.latitude, let lon = e.longitude, EventJSON.append(e, to: &props) else { continue }
            features.append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[\(lon),\(lat)]},\"properties\":\(String(decoding: props, as: UTF8.self))}")
        }
        return "{\"type\":\"FeatureCollection\",\"features\":[" + features.joined(separator: ",") + "]}\n"
    }
}
