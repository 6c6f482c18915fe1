package com.heronfield.exams.service;

import com.heronfield.exams.domain.Subject;
import com.heronfield.exams.repository.SubjectMapper;
import org.springframework.stereotype.Service;

@Service
public class SubjectServiceImpl extends BaseServiceImpl<Subject> implements SubjectService {

  public SubjectServiceImpl(SubjectMapper subjectMapper) {
    super(subjectMapper);
  }
}
