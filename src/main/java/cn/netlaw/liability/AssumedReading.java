package cn.netlaw.liability;

import java.util.Objects;

/** One reading an alternative assumes: the question, its subject and the reading taken. */
public record AssumedReading(ContestedQuestion question, String subject, Reading reading) {
    public AssumedReading {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reading, "reading");
    }
}
