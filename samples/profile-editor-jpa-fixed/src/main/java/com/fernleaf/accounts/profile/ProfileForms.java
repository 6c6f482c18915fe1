package com.fernleaf.accounts.profile;

/** What the profile page sends and receives; every form sends back the version it was rendered from. */
public final class ProfileForms {

  private ProfileForms() {}

  public record ProfileForm(String displayName, String email, String bio, String timeZone, Long version) {}

  public record ContactForm(String email, String timeZone, Long version) {}

  public record NewsletterForm(boolean subscribed, Long version) {}

  public record ProfileView(long id, String displayName, String email, String bio, String timeZone,
      boolean newsletter, Long version) {

    static ProfileView of(Profile p) {
      return new ProfileView(p.getId(), p.getDisplayName(), p.getEmail(), p.getBio(), p.getTimeZone(),
          p.isNewsletter(), p.getVersion());
    }
  }
}
