package cn.wangben.devstack;

/** A devstack failure whose message alone tells the developer what broke and what to do. */
public class DevstackException extends RuntimeException {

    DevstackException(String message) {
        super(message);
    }

    DevstackException(String message, Throwable cause) {
        super(message, cause);
    }
}
