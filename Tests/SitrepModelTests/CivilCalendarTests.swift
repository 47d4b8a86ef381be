import Foundation
import SitrepModel
import Testing

@Suite struct CivilCalendarTests {
    @Test(arguments: [(1970, 1, 1, 0), (2016, 5, 5, 16_926), (2000, 2, 29, 11_016), (1969, 12, 31, -1), (2100, 3, 1, 47_541)])
    func knownDays(year: Int, month: Int, day: Int, number: Int) {
        #expect(CivilCalendar.dayNumber(year: year, month: month, day: day) == number)
        #expect(CivilCalendar.civil(number) == (year, month, day))
    }

    @Test func everyDayOfFourCenturies_roundTrips_andAgreesWithFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        for number in stride(from: -60_000, through: 90_000, by: 1) {
            let (y, m, d) = CivilCalendar.civil(number)
            #expect(CivilCalendar.dayNumber(year: y, month: m, day: d) == number)
            #expect((1...CivilCalendar.daysIn(month: m, year: y)).contains(d))
            if number % 997 == 0 {
                let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(number) * 86_400))
                #expect(parts.year == y && parts.month == m && parts.day == d)
            }
        }
        #expect(CivilCalendar.daysIn(month: 2, year: 1900) == 28 && CivilCalendar.daysIn(month: 2, year: 2000) == 29)
    }
}
