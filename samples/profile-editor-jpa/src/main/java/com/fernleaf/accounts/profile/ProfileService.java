package com.fernleaf.accounts.profile;

import com.fernleaf.accounts.profile.ProfileForms.ContactForm;
import com.fernleaf.accounts.profile.ProfileForms.ProfileForm;
import com.fernleaf.accounts.profile.ProfileForms.ProfileView;
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

  /**
   * Tab A and tab B both show the profile. Tab B saves a new email; tab A, opened earlier, saves the
   * display name and sends the old email along. The reload below sees tab B's version, so
   * {@code @Version} passes and the old email comes back.
   */
  @Transactional
  public ProfileView update(long id, ProfileForm form) {
    Profile profile = profiles.findById(id).orElseThrow(() -> new ProfileNotFoundException(id));
    profile.setDisplayName(form.displayName());
    profile.setEmail(form.email());
    profile.setBio(form.bio());
    profile.setTimeZone(form.timeZone());
    return ProfileView.of(profiles.save(profile));
  }

  /** Looks guarded, is not: Hibernate checks the version it loaded, not the one set here. */
  @Transactional
  public ProfileView updateContact(long id, ContactForm form) {
    Profile profile = profiles.findById(id).orElseThrow(() -> new ProfileNotFoundException(id));
    profile.setVersion(form.version());
    profile.setEmail(form.email());
    profile.setTimeZone(form.timeZone());
    return ProfileView.of(profiles.save(profile));
  }

  @Transactional
  public void setNewsletter(long id, boolean subscribed) {
    Profile profile = profiles.findById(id).orElseThrow(() -> new ProfileNotFoundException(id));
    profile.setNewsletter(subscribed);
    profiles.save(profile);
  }
}
