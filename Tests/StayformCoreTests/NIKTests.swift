import PropertyBased
import StayformCore
import Testing

@Suite struct NIKTests {
    @Test func readsAWomansNIK() throws {
        let nik = try #require(NIK.read("3171 0645 0890 0001").nik)
        #expect(nik.digits == "3171064508900001")
        #expect(nik.provinceCode == 31)
        #expect(nik.regencyCode == 71)
        #expect(nik.districtCode == 6)
        #expect(nik.birthDay == 5)
        #expect(nik.birthMonth == 8)
        #expect(nik.birthYearLastTwoDigits == 90)
        #expect(nik.sex == .female)
        #expect(nik.serial == 1)
    }

    @Test(arguments: [
        ("", [NIKProblem.empty]),
        ("3171-0645-089O-0001", [.notDigits(positions: [14])]),
        ("317106450890001", [.wrongLength(found: 15)]),
        ("31710645089000011", [.wrongLength(found: 17)]),
        ("0971064508900001", [.provinceOutOfRange(found: 9)]),
        ("9571064508900001", [.provinceOutOfRange(found: 95)]),
        ("3100064508900001", [.zeroRegionCode]),
        ("3171013208900001", [.noSuchBirthDate(day: 32, month: 8, year: 90)]),
        ("3171067208900001", [.noSuchBirthDate(day: 32, month: 8, year: 90)]),
        ("3171060013900001", [.noSuchBirthDate(day: 0, month: 13, year: 90)]),
        ("3171062902010001", [.noSuchBirthDate(day: 29, month: 2, year: 1)]),
        ("3171060508900000", [.zeroSerial]),
        ("9900003213900000", [.provinceOutOfRange(found: 99), .zeroRegionCode, .noSuchBirthDate(day: 32, month: 13, year: 90), .zeroSerial]),
    ])
    func reportsEveryProblem(text: String, problems: [NIKProblem]) {
        #expect(NIK.read(text) == .invalid(problems))
    }

    @Test func twentyNinthFebruaryOfAYearEndingInZeroZeroIsReal() {
        #expect(NIK.read("3171062902000001").nik != nil)  // 29 Feb 2000
        #expect(NIK.read("3171066902000001").nik?.sex == .female)
    }

    static func d(_ iso: String) -> CalendarDate { CalendarDate(iso8601: iso)! }

    @Test(arguments: [
        ("3171064508900001", "1990-08-05", NIKSex.female, [NIKMismatch]()),
        ("3171064508900001", "1990-08-05", .male, [.sex(nik: .female, stated: .male)]),
        ("3171060508900001", "1990-08-05", .male, []),
        ("3171060508900001", "1990-08-05", .female, [.sex(nik: .male, stated: .female)]),
        ("3171060508900001", "1990-05-08", .male, [.birthDate(nikDay: 5, nikMonth: 8, nikYear: 90, stated: d("1990-05-08"))]),
        ("3171060508900001", "1991-08-05", .male, [.birthDate(nikDay: 5, nikMonth: 8, nikYear: 90, stated: d("1991-08-05"))]),
        ("3171060508900001", "2090-08-05", .female, [.sex(nik: .male, stated: .female)]),
    ])
    func checksAgainstBirthDateAndSex(text: String, birth: String, sex: NIKSex, mismatches: [NIKMismatch]) throws {
        let nik = try #require(NIK.read(text).nik)
        #expect(nik.mismatches(birthDate: Self.d(birth), sex: sex) == mismatches)
    }

    @Test func encodingAnyBirthDateAndSexReadsBack() async {
        await propertyCheck(
            input: Gen.int(in: -25_000...20_000), Gen.bool, Gen.int(in: 11...94), Gen.int(in: 1...9999)
        ) { days, isFemale, province, serial in
            let birth = CalendarDate(daysSinceEpoch: days)
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            let serialText = String(String(serial + 10_000).dropFirst())
            let text = two(province) + "0101" + two(birth.day + (isFemale ? 40 : 0)) + two(birth.month)
                + two(birth.year % 100) + serialText
            let sex: NIKSex = isFemale ? .female : .male
            guard let nik = NIK.read(text).nik else {
                Issue.record("\(text) rejected")
                return
            }
            #expect(nik.sex == sex)
            #expect(nik.serial == serial)
            #expect(nik.mismatches(birthDate: birth, sex: sex) == [])
            #expect(nik.mismatches(birthDate: birth.adding(days: 1), sex: sex).count == 1)
        }
    }
}
