package com.voltyard.fleet;

import java.util.Map;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Copies chargers from the asset registry every night. */
@Component
public class RegistrySync {

  /** The company's asset registry. */
  public interface AssetRegistry {
    record Entry(String name, String siteNote, boolean retired) {}

    Map<Long, Entry> chargers();
  }

  private final AssetRegistry registry;
  private final ChargerDao chargers;

  public RegistrySync(AssetRegistry registry, ChargerDao chargers) {
    this.registry = registry;
    this.chargers = chargers;
  }

  @Scheduled(cron = "0 0 3 * * *")
  public void sync() {
    registry.chargers().forEach((id, entry) -> {
      if (entry.retired()) {
        chargers.retire(id, "RETIRED");
      } else {
        chargers.copyFromRegistry(id, entry.name(), entry.siteNote());
      }
    });
  }
}
