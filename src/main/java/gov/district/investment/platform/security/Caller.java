package gov.district.investment.platform.security;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import gov.district.investment.platform.audit.SystemActor;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, read from the verified JWT: the audit identity ({@code upn}, else {@code sub}),
 * roles, and the {@code unit_code} / {@code leader_id} claims that row-level rules use.
 */
@RequestScoped
public class Caller {

    public static final String UNIT_CLAIM = "unit_code";
    public static final String LEADER_CLAIM = "leader_id";

    @Inject
    SecurityIdentity identity;

    public boolean authenticated() {
        return !identity.isAnonymous();
    }

    /** The identity recorded in the audit trail. */
    public String actor() {
        String system = SystemActor.current();
        if (system != null) {
            return system;
        }
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            String upn = jwt.getClaim("upn");
            if (upn != null && !upn.isBlank()) {
                return upn;
            }
            if (jwt.getSubject() != null) {
                return jwt.getSubject();
            }
        }
        return principal.getName();
    }

    public String subject() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return principal == null ? null : principal.getName();
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    public Optional<String> unitCode() {
        return claim(UNIT_CLAIM).map(Object::toString).filter(s -> !s.isBlank());
    }

    /** {@code leader_id} may arrive as a JSON string or number. */
    public Optional<Long> leaderId() {
        return claim(LEADER_CLAIM).flatMap(value -> {
            String text = value.toString().replace("\"", "").trim();
            try {
                return Optional.of(Long.parseLong(text));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private Optional<Object> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return Optional.ofNullable(jwt.getClaim(name));
        }
        return Optional.empty();
    }
}
