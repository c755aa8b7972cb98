package cn.netlaw.liability;

import java.time.Instant;

/** The notifier's liability for one episode whose measure was taken (Step 3). */
public record NoticeNotifierLiability(int notice, Instant receivedAt, Regime regime, NotifierLiability liability) {
}
