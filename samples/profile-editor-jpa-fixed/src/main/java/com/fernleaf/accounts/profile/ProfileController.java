package com.fernleaf.accounts.profile;

import com.fernleaf.accounts.profile.ProfileForms.ContactForm;
import com.fernleaf.accounts.profile.ProfileForms.NewsletterForm;
import com.fernleaf.accounts.profile.ProfileForms.ProfileForm;
import com.fernleaf.accounts.profile.ProfileForms.ProfileView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/profiles")
public class ProfileController {

  private final ProfileService profileService;

  public ProfileController(ProfileService profileService) {
    this.profileService = profileService;
  }

  /** The view carries the version; the page sends it back with every edit. */
  @GetMapping("/{id}")
  public ProfileView show(@PathVariable long id) {
    return profileService.show(id);
  }

  // ProfileConflictAdvice maps the optimistic-lock failure to 409.
  @PutMapping("/{id}")
  // ok: client-version-dropped, write-endpoint-without-precondition, conflict-swallowed
  public ProfileView update(@PathVariable long id, @RequestBody ProfileForm form) {
    return profileService.update(id, form);
  }

  @PutMapping("/{id}/contact")
  // ok: client-version-dropped, write-endpoint-without-precondition
  public ProfileView updateContact(@PathVariable long id, @RequestBody ContactForm form) {
    return profileService.updateContact(id, form);
  }

  @PatchMapping("/{id}/newsletter")
  // ok: client-version-dropped, write-endpoint-without-precondition
  public ResponseEntity<Void> newsletter(@PathVariable long id, @RequestBody NewsletterForm form) {
    profileService.setNewsletter(id, form);
    return ResponseEntity.noContent().build();
  }
}
