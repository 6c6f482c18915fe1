package com.fernhill.portal.web;

import com.fernhill.portal.settings.NotificationForm;
import com.fernhill.portal.settings.SettingsMapper;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class SettingsController {

  private final SettingsMapper settings;

  public SettingsController(SettingsMapper settings) {
    this.settings = settings;
  }

  @PutMapping("/api/settings/notifications")
  // ok: write-endpoint-without-precondition
  public void update(@LoginUser Long memberId, @RequestBody NotificationForm form) {
    settings.update(memberId, form);
  }
}
