package com.heronfield.exams.service;

import com.heronfield.exams.domain.Subject;

public interface SubjectService extends BaseService<Subject> {
}
