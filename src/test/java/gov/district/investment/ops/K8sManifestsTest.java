package gov.district.investment.ops;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * CI checks of k8s/: every document parses and type-checks against the fabric8 Kubernetes model
 * (wrong types fail to bind; fields the model does not know are reported), and the rules hold:
 * probes, resources, non-root, read-only root, no {@code latest}, no plaintext secret values.
 * Where kubectl exists, each overlay is rendered with {@code kubectl kustomize} and checked whole.
 */
class K8sManifestsTest {

    private static final Path K8S = Path.of("k8s");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "Deployment", Deployment.class, "StatefulSet", StatefulSet.class, "Service", Service.class,
            "ConfigMap", ConfigMap.class, "Secret", Secret.class, "Namespace", Namespace.class,
            "PodDisruptionBudget", PodDisruptionBudget.class, "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "NetworkPolicy", NetworkPolicy.class);

    @Test
    void everyManifestFileParsesAndTypeChecks() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(K8S)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "manifests found: " + files);
        for (Path file : files) {
            for (JsonNode doc : documents(Files.readString(file, StandardCharsets.UTF_8), file.toString())) {
                String kind = doc.path("kind").asText();
                if (kind.equals("Kustomization")) {
                    assertEquals("kustomize.config.k8s.io/v1beta1", doc.path("apiVersion").asText(), file.toString());
                    continue;
                }
                if (isPatch(file, doc)) {
                    continue; // strategic-merge patches are partial; checked in the rendered overlay
                }
                HasMetadata resource = typed(doc, file.toString());
                if (resource instanceof Secret secret) {
                    assertNoSecretValues(secret, file.toString());
                }
            }
        }
    }

    @Test
    void baseAndOverlaysFollowTheRules() throws Exception {
        for (String overlay : List.of("dev", "prod")) {
            List<HasMetadata> resources = render(overlay);
            if (resources == null) {
                System.out.println("K8sManifestsTest: kubectl not found; overlay " + overlay
                        + " not rendered (its files were still type-checked)");
                continue;
            }
            List<Deployment> deployments = of(resources, Deployment.class);
            assertEquals(1, deployments.size(), overlay);
            Deployment d = deployments.get(0);
            assertEquals(0, d.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal(), "maxUnavailable");
            assertTrue(d.getSpec().getReplicas() >= 2, "replicas");
            checkPod(d.getSpec().getTemplate().getSpec(), overlay + "/" + d.getMetadata().getName(), true);
            Container api = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            assertEquals("/q/health/started", api.getStartupProbe().getHttpGet().getPath());
            assertEquals("/q/health/live", api.getLivenessProbe().getHttpGet().getPath());
            assertEquals("/q/health/ready", api.getReadinessProbe().getHttpGet().getPath());
            Probe ready = api.getReadinessProbe();
            int worstDown = ready.getPeriodSeconds() * ready.getFailureThreshold() + ready.getTimeoutSeconds();
            assertTrue(worstDown <= 10, "readiness takes the pod out within 10 s; worst case " + worstDown);
            assertTrue(d.getSpec().getTemplate().getSpec().getVolumes().stream()
                    .anyMatch(v -> v.getEmptyDir() != null && api.getVolumeMounts().stream()
                            .anyMatch(m -> m.getName().equals(v.getName()) && m.getMountPath().equals("/tmp"))),
                    "emptyDir at /tmp");
            assertTrue(api.getEnvFrom().stream().anyMatch(e -> e.getConfigMapRef() != null), "config from a ConfigMap");
            assertTrue(api.getEnvFrom().stream().anyMatch(e -> e.getSecretRef() != null), "config from a Secret");

            assertEquals(1, of(resources, Service.class).stream()
                    .filter(s -> s.getMetadata().getName().equals("district-investment")).count());
            assertEquals(1, of(resources, PodDisruptionBudget.class).size(), overlay + " PDB");
            HorizontalPodAutoscaler hpa = of(resources, HorizontalPodAutoscaler.class).get(0);
            assertEquals("cpu", hpa.getSpec().getMetrics().get(0).getResource().getName());
            NetworkPolicy api8080 = of(resources, NetworkPolicy.class).stream()
                    .filter(n -> n.getMetadata().getName().equals("district-investment")).findFirst().orElseThrow();
            assertEquals(8080, api8080.getSpec().getIngress().get(0).getPorts().get(0).getPort().getIntVal());
            Set<Integer> egress = new java.util.TreeSet<>();
            api8080.getSpec().getEgress().forEach(r -> r.getPorts().forEach(p -> egress.add(p.getPort().getIntVal())));
            assertEquals(Set.of(53, 3306), egress, "egress to MySQL and DNS only");

            for (StatefulSet s : of(resources, StatefulSet.class)) {
                checkPod(s.getSpec().getTemplate().getSpec(), overlay + "/" + s.getMetadata().getName(), false);
                assertFalse(s.getSpec().getVolumeClaimTemplates().isEmpty(), "StatefulSet with a PVC");
            }
            for (Secret secret : of(resources, Secret.class)) {
                assertNoSecretValues(secret, overlay);
            }
            if (overlay.equals("dev")) {
                assertEquals(1, of(resources, StatefulSet.class).size(), "dev runs MySQL");
                assertTrue(of(resources, ConfigMap.class).stream().anyMatch(c -> c.getData().values().stream()
                        .anyMatch(v -> v.contains("character-set-server = utf8mb4"))), "utf8mb4 settings");
            } else {
                assertTrue(of(resources, StatefulSet.class).isEmpty(), "prod uses an external MySQL");
                assertTrue(d.getSpec().getReplicas() > 2, "prod runs more replicas");
            }
        }
    }

    private static void checkPod(PodSpec pod, String where, boolean probesRequired) {
        assertTrue(Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot()), where + ": runAsNonRoot");
        assertTrue(pod.getSecurityContext().getRunAsUser() != null && pod.getSecurityContext().getRunAsUser() > 0,
                where + ": non-root uid");
        for (Container c : pod.getContainers()) {
            String at = where + "/" + c.getName();
            String image = c.getImage();
            assertTrue(image.contains(":") && !image.endsWith(":latest") && !image.contains(":latest@"),
                    at + ": image tagged with a version, never latest: " + image);
            Map<String, Quantity> requests = c.getResources().getRequests();
            Map<String, Quantity> limits = c.getResources().getLimits();
            assertNotNull(requests, at + ": requests");
            assertNotNull(limits, at + ": limits");
            for (String r : List.of("cpu", "memory")) {
                assertTrue(requests.containsKey(r) && limits.containsKey(r), at + ": " + r + " request and limit");
            }
            assertTrue(Quantity.getAmountInBytes(requests.get("memory"))
                    .compareTo(Quantity.getAmountInBytes(limits.get("memory"))) <= 0, at);
            assertTrue(Boolean.FALSE.equals(c.getSecurityContext().getAllowPrivilegeEscalation()),
                    at + ": no privilege escalation");
            if (probesRequired) {
                assertTrue(Boolean.TRUE.equals(c.getSecurityContext().getReadOnlyRootFilesystem()), at + ": read-only root");
                assertNotNull(c.getStartupProbe(), at + ": startup probe");
            }
            assertNotNull(c.getLivenessProbe(), at + ": liveness probe");
            assertNotNull(c.getReadinessProbe(), at + ": readiness probe");
        }
    }

    /** Secrets under k8s/ are templates: every value must be empty (real ones are made at deploy time). */
    private static void assertNoSecretValues(Secret secret, String where) {
        for (Map<String, String> values : java.util.Arrays.asList(secret.getData(), secret.getStringData())) {
            if (values != null) {
                values.forEach((k, v) -> assertTrue(v == null || v.isEmpty(),
                        where + ": Secret " + secret.getMetadata().getName() + " has a plaintext value for " + k));
            }
        }
    }

    /** The overlay rendered by kubectl kustomize, typed; null without kubectl. */
    private static List<HasMetadata> render(String overlay) throws Exception {
        String kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).map(Path::toString).findFirst().orElse(null);
        if (kubectl == null) {
            return null;
        }
        Process p = new ProcessBuilder(kubectl, "kustomize", K8S.resolve("overlays").resolve(overlay).toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "kubectl kustomize " + overlay + ":\n" + out);
        List<HasMetadata> resources = new ArrayList<>();
        for (JsonNode doc : documents(out, "overlay " + overlay)) {
            resources.add(typed(doc, "overlay " + overlay));
        }
        return resources;
    }

    private static HasMetadata typed(JsonNode doc, String where) {
        String kind = doc.path("kind").asText();
        Class<? extends HasMetadata> type = KINDS.get(kind);
        if (type == null) {
            fail(where + ": kind '" + kind + "' is not one the checks know");
        }
        HasMetadata resource;
        try {
            resource = YAML.treeToValue(doc, type);
        } catch (IOException e) {
            throw new AssertionError(where + ": " + kind + " does not match the Kubernetes model: " + e.getMessage(), e);
        }
        assertEquals(resource.getApiVersion(), expectedApiVersion(type), where + ": apiVersion of " + kind);
        assertNotNull(resource.getMetadata().getName(), where + ": metadata.name");
        List<String> unknown = new ArrayList<>();
        unknownFields(resource, "", unknown, new IdentityHashMap<>());
        assertTrue(unknown.isEmpty(), where + ": fields the Kubernetes model does not know: " + unknown);
        return resource;
    }

    private static String expectedApiVersion(Class<? extends HasMetadata> type) {
        try {
            HasMetadata blank = type.getDeclaredConstructor().newInstance();
            return blank.getApiVersion();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The model keeps what it does not know in additionalProperties: any entry there is a typo or a wrong level. */
    private static void unknownFields(Object node, String path, List<String> unknown, IdentityHashMap<Object, Boolean> seen) {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                unknownFields(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown, seen));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method m : node.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object value = m.invoke(node);
                if (m.getName().equals("getAdditionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        unknown.add(path + " " + extra.keySet());
                    }
                } else {
                    unknownFields(value, path + "." + m.getName().substring(3), unknown, seen);
                }
            } catch (ReflectiveOperationException e) {
                // a getter that needs state it does not have: nothing to check there
            }
        }
    }

    private static boolean isPatch(Path file, JsonNode doc) {
        Path dir = file.getParent();
        Path kustomization = dir.resolve("kustomization.yaml");
        try {
            return Files.exists(kustomization) && Files.readString(kustomization).contains("path: " + file.getFileName());
        } catch (IOException e) {
            return false;
        }
    }

    private static List<JsonNode> documents(String yaml, String where) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    assertTrue(doc instanceof ObjectNode, where + ": a document is not a mapping");
                    docs.add(doc);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(where + ": does not parse as YAML: " + e.getMessage(), e);
        }
        return docs;
    }

    private static <T> List<T> of(List<HasMetadata> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
