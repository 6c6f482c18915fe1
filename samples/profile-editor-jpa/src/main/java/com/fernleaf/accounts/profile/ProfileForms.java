package com.fernleaf.accounts.profile;

/** What the profile page sends and receives. */
public final class ProfileForms {

  private ProfileForms() {}

  /** The "About you" form: the whole profile, but not the version the page was rendered from. */
  public record ProfileForm(String displayName, String email, String bio, String timeZone) {}

  /** The contact card: carries the version, which the service only copies onto the managed entity. */
  public record ContactForm(String email, String timeZone, Long version) {}

  public record ProfileView(long id, String displayName, String email, String bio, String timeZone,
      boolean newsletter) {

    static ProfileView of(Profile p) {
      return new ProfileView(p.getId(), p.getDisplayName(), p.getEmail(), p.getBio(), p.getTimeZone(),
          p.isNewsletter());
    }
  }
}
