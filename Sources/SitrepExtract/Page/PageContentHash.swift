import Foundation
import SitrepModel

/// A stable identity for a page's content, so importing the same page twice creates nothing new.
///
/// 64-bit FNV-1a (offset basis 0xcbf29ce484222325, prime 0x100000001b3) over the UTF-8 of the
/// page's normalised text, written as 16 lowercase hex digits. Normalised: Unicode NFC, whitespace
/// runs collapsed to one space and trimmed, fields joined with U+001F and records with U+001E in a
/// fixed order — title, lead photo, features, see-also, original entry, sections, updates (with
/// their HH:MM). The source name, slug, date and time zone are not part of it: the same page read
/// again from another path or with other options is the same page. Not a cryptographic hash; it
/// only has to tell pages apart, never resist forgery.
public enum PageContentHash {
    public static func fnv1a64<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// 16 lowercase hex digits of `fnv1a64` over the UTF-8 of `text`.
    public static func hex(_ text: String) -> String {
        let digits = String(fnv1a64(text.utf8), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    static func normalised(_ text: String) -> String {
        // ASCII is already in NFC; skip the (costly) canonical mapping for it.
        let composed = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
        return PageText.normalisedLine(composed)
    }
}

extension LiveBlogPage {
    /// `PageContentHash.hex` of the page's normalised text (see `PageContentHash`).
    public var contentHash: String {
        var records: [[String]] = []
        func photo(_ photo: Photo?) -> [String] {
            guard let photo else { return [""] }
            return [photo.caption, photo.credit ?? "", photo.url ?? ""]
        }
        func links(_ links: [Link]) -> [String] { links.flatMap { [$0.title, $0.url ?? ""] } }
        func entry(_ entry: Entry?) -> [String] {
            guard let entry else { return [] }
            return entry.paragraphs.map { ($0.isQuote ? "> " : "") + $0.text }
                + entry.photos.flatMap(photo) + links(entry.videos)
        }
        records.append(["title", title ?? ""])
        records.append(["lead"] + photo(leadPhoto))
        records.append(["features"] + links(features))
        records.append(["see"] + links(seeAlso))
        records.append(["original"] + entry(originalEntry))
        records += sections.map { ["section", $0.headline] + entry($0.entry) }
        records += updates.map { ["update", $0.time] + entry($0.entry) }
        let text = records
            .map { $0.map(PageContentHash.normalised).joined(separator: "\u{1F}") }
            .joined(separator: "\u{1E}")
        return PageContentHash.hex(text)
    }
}
