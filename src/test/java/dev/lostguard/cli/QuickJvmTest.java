package dev.lostguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuickJvmTest {

  private static final Optional<String> JAVA = Optional.of("/opt/jdk/bin/java");
  private static final Optional<Path> JAR = Optional.of(Path.of("/tools/lostguard.jar"));
  private static final String[] ARGS = {"scan", "--format", "json", "."};

  private static Optional<List<String>> command(List<String> jvmOptions, Map<String, String> environment,
      boolean relaunched) {
    return QuickJvm.command(JAVA, JAR, jvmOptions, environment, relaunched, "dev.lostguard.Main", ARGS);
  }

  @Test
  void aPlainJarRunStartsOneChildWithItsOptionsAndTheQuickCompiler() {
    assertThat(command(List.of("-Xmx1g"), Map.of(), false)).contains(List.of(
        "/opt/jdk/bin/java", "-Xmx1g", "-XX:TieredStopAtLevel=1", "-Dlostguard.quickJvm=true",
        "-cp", "/tools/lostguard.jar", "dev.lostguard.Main", "scan", "--format", "json", "."));
  }

  @Test
  void theChildTheUsersChoicesAndAMissingJarOrLauncherRunInPlace() {
    assertThat(command(List.of(), Map.of(), true)).as("already the child").isEmpty();
    assertThat(command(List.of(), Map.of("LOSTGUARD_QUICK_JVM", "0"), false)).as("turned off").isEmpty();
    for (String chosen : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-Xint",
        "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:/a.jar",
        "-XX:StartFlightRecording=filename=x.jfr", "-XX:CICompilerCount=2")) {
      assertThat(command(List.of("-Xmx1g", chosen), Map.of(), false)).as(chosen).isEmpty();
    }
    assertThat(QuickJvm.command(Optional.empty(), JAR, List.of(), Map.of(), false, "M", ARGS)).isEmpty();
    assertThat(QuickJvm.command(JAVA, Optional.empty(), List.of(), Map.of(), false, "M", ARGS)).isEmpty();
  }
}
