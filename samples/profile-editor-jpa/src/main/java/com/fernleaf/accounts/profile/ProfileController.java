package com.fernleaf.accounts.profile;

import com.fernleaf.accounts.profile.ProfileForms.ContactForm;
import com.fernleaf.accounts.profile.ProfileForms.ProfileForm;
import com.fernleaf.accounts.profile.ProfileForms.ProfileView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/profiles")
public class ProfileController {

  private final ProfileService profileService;

  public ProfileController(ProfileService profileService) {
    this.profileService = profileService;
  }

  @GetMapping("/{id}")
  public ProfileView show(@PathVariable long id) {
    return profileService.show(id);
  }

  // No advice maps an optimistic-lock failure: a user who loses the race gets a 500.
  @PutMapping("/{id}")
  // ruleid: client-version-dropped, write-endpoint-without-precondition, conflict-swallowed
  public ProfileView update(@PathVariable long id, @RequestBody ProfileForm form) {
    return profileService.update(id, form);
  }

  // The body carries a version, so the endpoint has a precondition on paper; the service drops it.
  @PutMapping("/{id}/contact")
  // ruleid: client-version-dropped
  // ok: write-endpoint-without-precondition
  public ProfileView updateContact(@PathVariable long id, @RequestBody ContactForm form) {
    return profileService.updateContact(id, form);
  }

  // A one-field toggle is a command, not a stale form copied over the profile; it still has no precondition.
  @PatchMapping("/{id}/newsletter")
  // ok: client-version-dropped
  // ruleid: write-endpoint-without-precondition
  public ResponseEntity<Void> newsletter(@PathVariable long id, @RequestParam boolean subscribed) {
    profileService.setNewsletter(id, subscribed);
    return ResponseEntity.noContent().build();
  }
}
