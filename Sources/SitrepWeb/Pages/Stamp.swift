import Foundation

/// Newsroom time stamps: "1345 GMT", "5 May 2016".
enum Stamp {
    static func zone(_ identifier: String) -> TimeZone {
        TimeZone(identifier: identifier) ?? TimeZone(identifier: "GMT")!
    }

    private static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    /// "1345 GMT" in the story's time zone.
    static func clock(_ date: Date, zone identifier: String) -> String {
        let zone = zone(identifier)
        let parts = calendar(zone).dateComponents([.hour, .minute], from: date)
        let hhmm = String(format: "%02d%02d", parts.hour ?? 0, parts.minute ?? 0)
        return "\(hhmm) \(zone.abbreviation(for: date) ?? identifier)"
    }

    /// "5 May 2016".
    static func day(_ date: Date, zone identifier: String) -> String {
        let parts = calendar(zone(identifier)).dateComponents([.day, .month, .year], from: date)
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        return "\(parts.day ?? 1) \(months[(parts.month ?? 1) - 1]) \(parts.year ?? 1970)"
    }
}
