import Foundation

/// The demo story, written by the Sitrep team in its own words (a live-blog page in the same shape
/// as the pages `sitrep import` reads: timed updates, sections, photos, see-also links).
public enum DemoContent {
    /// File name of the demo page; its date (2016-05-05) is in the name.
    public static let fileName = "demo-story-2016-05-05.txt"

    public static var pageText: String {
        get throws {
            guard let url = Bundle.module.url(forResource: "demo-story-2016-05-05", withExtension: "txt") else {
                throw AppError(.internalError, "The demo story is missing from the build.")
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
    }
}
