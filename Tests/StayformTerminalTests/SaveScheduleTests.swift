import StayformCore
import StayformTerminal
import Testing

/// When typing is saved and failed saves retried, on a clock the test moves.
@Suite struct SaveScheduleTests {
    let clock = ManualClock()

    @Test func typingIsDueOnceItPauses() {
        var schedule = SaveSchedule<ManualClock.Instant>()
        schedule.typed(at: clock.now)
        clock.advance(by: .milliseconds(299))
        let early = schedule.takeIfDue(at: clock.now)
        #expect(!early)
        clock.advance(by: .milliseconds(1))
        let onTime = schedule.takeIfDue(at: clock.now)
        #expect(onTime)
        #expect(schedule.due == nil)
    }

    @Test func continuousTypingIsDueWithinTheMaximumDelayOfTheFirstUnsavedKey() {
        var schedule = SaveSchedule<ManualClock.Instant>()
        var savedAt: [Duration] = []
        // A key every 100 ms for 2 s: the pause never comes.
        for _ in 0..<20 {
            schedule.typed(at: clock.now)
            clock.advance(by: .milliseconds(100))
            if schedule.takeIfDue(at: clock.now) { savedAt.append(clock.now.offset) }
        }
        #expect(savedAt == [.milliseconds(500), .milliseconds(1000), .milliseconds(1500), .milliseconds(2000)])
    }

    @Test func aCommittedChangeClearsWaitingTyping() {
        var schedule = SaveSchedule<ManualClock.Instant>()
        schedule.typed(at: clock.now)
        schedule.saving()
        clock.advance(by: .seconds(1))
        let due = schedule.takeIfDue(at: clock.now)
        #expect(!due)
    }

    @Test func failuresAreRetriedWithADoublingDelayUpToFiveSeconds() {
        var schedule = SaveSchedule<ManualClock.Instant>()
        var delays: [Duration] = []
        for _ in 0..<7 {
            let failedAt = clock.now
            schedule.finished(.failed(reason: "disk full"), at: failedAt)
            guard let due = schedule.due else { break }
            delays.append(failedAt.duration(to: due))
            clock.advance(by: failedAt.duration(to: due))
            let retries = schedule.takeIfDue(at: clock.now)
            #expect(retries)
        }
        #expect(delays == [.milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2), .seconds(4), .seconds(5), .seconds(5)])
        schedule.finished(.saved(time: "12:00:00"), at: clock.now)
        schedule.finished(.failed(reason: "disk full"), at: clock.now)
        #expect(schedule.due == clock.now.advanced(by: .milliseconds(250)), "a success starts the delays over")
    }

    @Test func typingDuringARetryWaitDoesNotSaveSoonerThanTheRetry() {
        var schedule = SaveSchedule<ManualClock.Instant>()
        schedule.finished(.failed(reason: "disk full"), at: clock.now)
        schedule.finished(.failed(reason: "disk full"), at: clock.now)  // next retry in 500 ms
        schedule.typed(at: clock.now)
        #expect(schedule.due == clock.now.advanced(by: .milliseconds(500)))
    }
}
