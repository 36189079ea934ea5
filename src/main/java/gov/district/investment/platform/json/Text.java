package gov.district.investment.platform.json;

/**
 * Checks that text is storable, printable utf8mb4: no lone surrogates, and no control characters
 * other than tab and line breaks. Control characters are never meant in a name, a note or minutes;
 * stored, they break exports, logs and the other systems that read this data.
 */
public final class Text {

    private Text() {
    }

    public static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isForbiddenControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** C0 controls (NUL included) except tab, LF and CR; DEL; the C1 controls. */
    private static boolean isForbiddenControl(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return c >= 0x7F && c <= 0x9F;
    }
}
