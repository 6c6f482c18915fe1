package com.fernleaf.accounts.profile;

import com.fernleaf.accounts.profile.ProfileForms.ContactForm;
import com.fernleaf.accounts.profile.ProfileForms.NewsletterForm;
import com.fernleaf.accounts.profile.ProfileForms.ProfileForm;
import com.fernleaf.accounts.profile.ProfileForms.ProfileView;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ProfileService {

  private final ProfileRepository profiles;

  public ProfileService(ProfileRepository profiles) {
    this.profiles = profiles;
  }

  @Transactional(readOnly = true)
  public ProfileView show(long id) {
    return ProfileView.of(profiles.findById(id).orElseThrow(() -> new ProfileNotFoundException(id)));
  }

  /** Tab A's stale save now fails with 409 instead of bringing tab B's old email back. */
  @Transactional
  public ProfileView update(long id, ProfileForm form) {
    Profile profile = profiles.findById(id).orElseThrow(() -> new ProfileNotFoundException(id));
    // ok: version-compared-by-reference
    if (!Objects.equals(profile.getVersion(), form.version())) {
      throw new ProfileConflictException(id, form.version(), profile.getVersion());
    }
    profile.setDisplayName(form.displayName());
    profile.setEmail(form.email());
    profile.setBio(form.bio());
    profile.setTimeZone(form.timeZone());
    return ProfileView.of(profiles.saveAndFlush(profile));
  }

  @Transactional
  public ProfileView updateContact(long id, ContactForm form) {
    Profile profile = profiles.findById(id).orElseThrow(() -> new ProfileNotFoundException(id));
    // ok: version-compared-by-reference
    if (!Objects.equals(profile.getVersion(), form.version())) {
      throw new ProfileConflictException(id, form.version(), profile.getVersion());
    }
    profile.setEmail(form.email());
    profile.setTimeZone(form.timeZone());
    return ProfileView.of(profiles.saveAndFlush(profile));
  }

  @Transactional
  public void setNewsletter(long id, NewsletterForm form) {
    Profile profile = profiles.findById(id).orElseThrow(() -> new ProfileNotFoundException(id));
    // ok: version-compared-by-reference
    if (!Objects.equals(profile.getVersion(), form.version())) {
      throw new ProfileConflictException(id, form.version(), profile.getVersion());
    }
    profile.setNewsletter(form.subscribed());
    profiles.save(profile);
  }
}
