/// How a NIK disagrees with the stated date of birth and sex.
public enum NIKMismatch: Hashable, Sendable {
    /// The NIK encodes another birth date than the one stated.
    case birthDate(nikDay: Int, nikMonth: Int, nikYear: Int, stated: CalendarDate)
    /// The NIK encodes the other sex (day + 40 or not).
    case sex(nik: NIKSex, stated: NIKSex)
}

extension NIK {
    /// What this NIK contradicts in a stated birth date and sex; empty when both agree.
    public func mismatches(birthDate: CalendarDate, sex stated: NIKSex) -> [NIKMismatch] {
        var found: [NIKMismatch] = []
        if birthDate.day != birthDay || birthDate.month != birthMonth || birthDate.year % 100 != birthYearLastTwoDigits {
            found.append(
                .birthDate(nikDay: birthDay, nikMonth: birthMonth, nikYear: birthYearLastTwoDigits, stated: birthDate))
        }
        if stated != sex { found.append(.sex(nik: sex, stated: stated)) }
        return found
    }
}
