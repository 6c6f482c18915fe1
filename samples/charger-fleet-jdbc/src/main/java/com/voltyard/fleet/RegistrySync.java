package com.voltyard.fleet;

import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Copies charger names from the asset registry every night. */
@Component
public class RegistrySync {

  /** The company's asset registry: charger id to its registered name. */
  public interface AssetRegistry {
    Map<Long, String> chargerNames();
  }

  private final AssetRegistry registry;
  private final ChargerDao chargers;

  public RegistrySync(AssetRegistry registry, ChargerDao chargers) {
    this.registry = registry;
    this.chargers = chargers;
  }

  @Scheduled(cron = "0 0 3 * * *")
  public void syncNames() {
    registry.chargerNames().forEach(chargers::renameFromRegistry);
  }
}
