import SitrepModel
/// A calendar day as a day number (days since 1970-01-01), so filling gaps, weeks and months are
/// integer arithmetic, independent of time zones, calendars and locales.
struct ChartDay: Sendable, Hashable, Comparable {
    var number: Int

    init(number: Int) { self.number = number }

    init(year: Int, month: Int, day: Int) {
        number = CivilCalendar.dayNumber(year: year, month: month, day: day)
    }

    /// Reads the `YYYY-MM-DD` at the start of `text` (a timestamp's date part works too); nil for
    /// anything else, including impossible days such as 2016-02-30.
    init?(_ text: String) {
        let scalars = Array(text.unicodeScalars.prefix(10))
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                let value = scalars[i].value
                guard value >= 48, value <= 57 else { return nil }  // ASCII 0–9 only
                n = n * 10 + Int(value - 48)
            }
            return n
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), day >= 1, day <= ChartDay.daysIn(month: month, year: year) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    static func daysIn(month: Int, year: Int) -> Int { CivilCalendar.daysIn(month: month, year: year) }

    static func < (a: ChartDay, b: ChartDay) -> Bool { a.number < b.number }

    func adding(days: Int) -> ChartDay { ChartDay(number: number + days) }

    var civil: (year: Int, month: Int, day: Int) { CivilCalendar.civil(number) }

    var year: Int { civil.year }

    /// 0 for Monday … 6 for Sunday.
    var weekday: Int { ((number + 3) % 7 + 7) % 7 }

    /// The Monday on or before this day.
    var monday: ChartDay { adding(days: -weekday) }

    /// The first of this day's month.
    var firstOfMonth: ChartDay {
        let c = civil
        return ChartDay(year: c.year, month: c.month, day: 1)
    }

    /// The last day of this day's month.
    var lastOfMonth: ChartDay {
        let c = civil
        return ChartDay(year: c.year, month: c.month, day: ChartDay.daysIn(month: c.month, year: c.year))
    }

    /// "2016-05-05".
    var iso: String {
        let c = civil
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(c.year)-\(two(c.month))-\(two(c.day))"
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "5 May" or "5 May 2016".
    func label(year withYear: Bool = true) -> String {
        let c = civil
        return withYear ? "\(c.day) \(ChartDay.monthNames[c.month - 1]) \(c.year)" : "\(c.day) \(ChartDay.monthNames[c.month - 1])"
    }

    /// "May" or "May 2016".
    func monthLabel(year withYear: Bool = true) -> String {
        let c = civil
        return withYear ? "\(ChartDay.monthNames[c.month - 1]) \(c.year)" : ChartDay.monthNames[c.month - 1]
    }

    /// A span of days for people: "5 May 2016", "2–8 May 2016", "28 Apr – 4 May 2016",
    /// "29 Dec 2015 – 4 Jan 2016".
    static func rangeLabel(_ first: ChartDay, _ last: ChartDay) -> String {
        let a = first.civil, b = last.civil
        if first == last { return first.label() }
        if a.year != b.year { return "\(first.label()) – \(last.label())" }
        if a.month != b.month { return "\(first.label(year: false)) – \(last.label())" }
        return "\(a.day)–\(last.label())"
    }
}
