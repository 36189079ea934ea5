package gov.district.investment.support;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Signs test tokens with the dev-only key (see smallrye.jwt.sign.key.location in %test). */
public final class Tokens {

    public static final String ISSUER = "https://dev.district.local";
    public static final String AUDIENCE = "district-investment";

    private Tokens() {
    }

    public static String role(String role) {
        return builder("test-" + role, role).sign();
    }

    public static String unit(String unitCode) {
        return builder("test-unit-" + unitCode, "unit").claim("unit_code", unitCode).sign();
    }

    public static String leader(Object leaderId) {
        return builder("test-leader-" + leaderId, "leader").claim("leader_id", leaderId).sign();
    }

    public static JwtClaimsBuilder builder(String subject, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject + "@test.district.local")
                .groups(Set.of(roles))
                .expiresIn(3600);
    }
}
