package cn.wangben.platform.messaging;

/** A record that can never be processed (a poison message): it goes straight to the dead-letter topic. */
public class EventDecodingException extends RuntimeException {
    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
