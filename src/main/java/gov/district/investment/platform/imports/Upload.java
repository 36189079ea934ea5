package gov.district.investment.platform.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import gov.district.investment.platform.error.ProblemException;
import gov.district.investment.platform.error.ProblemType;

/**
 * An uploaded import file, whichever way it came: the raw request body, or the {@code file} part
 * of a multipart form, which the HTTP layer has already spooled to a temp file. The size is known
 * before anything is read, so an oversize file is refused without loading it.
 */
public sealed interface Upload {

    long size();

    byte[] bytes();

    /** SHA-256 of the content, hex: what an Idempotency-Key replay is compared by, without keeping the file. */
    String sha256();

    /** The request as the idempotency check sees it: the mode and the file's digest. */
    default Map<String, String> fingerprint(String mode) {
        return Map.of("mode", mode == null ? "" : mode, "sha256", sha256());
    }

    static Upload of(byte[] body) {
        return new Body(body == null ? new byte[0] : body);
    }

    /** @param file the spooled part; null when the form had no part named {@code file} (400) */
    static Upload of(Path file) {
        if (file == null) {
            throw ProblemException.badParameter("file", "a multipart upload needs its spreadsheet in a part named file");
        }
        return new SpooledPart(file);
    }

    record Body(byte[] bytes) implements Upload {
        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public String sha256() {
            MessageDigest digest = sha256Digest();
            return HexFormat.of().formatHex(digest.digest(bytes));
        }
    }

    record SpooledPart(Path file) implements Upload {
        @Override
        public long size() {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String sha256() {
            MessageDigest digest = sha256Digest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new ProblemException(ProblemType.BAD_REQUEST, "The uploaded file could not be read");
            }
            return HexFormat.of().formatHex(digest.digest());
        }

        /** Reads the part and deletes it at once, not only at the end of the request. */
        @Override
        public byte[] bytes() {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new ProblemException(ProblemType.BAD_REQUEST, "The uploaded file could not be read");
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the HTTP layer deletes uploads at the end of the request too
                }
            }
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
