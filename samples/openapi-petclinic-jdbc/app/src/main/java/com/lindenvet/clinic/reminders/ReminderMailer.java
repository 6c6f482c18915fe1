package com.lindenvet.clinic.reminders;

import java.time.LocalDate;

/** Sends one reminder; answers the delivery error, or null when the mail went out. */
public interface ReminderMailer {

  String send(String email, LocalDate dueAt);
}
