package cn.xietong.exchange.format;

/**
 * Bytes or values that do not follow the exchange format. The message is Chinese and says what is wrong
 * and where (line and element for XML, offset for a transfer, field for a record).
 */
public class ExchangeFormatException extends RuntimeException {

    public ExchangeFormatException(String message) {
        super(message);
    }

    public ExchangeFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
