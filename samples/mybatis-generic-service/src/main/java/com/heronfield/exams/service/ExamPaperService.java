package com.heronfield.exams.service;

import com.heronfield.exams.domain.ExamPaper;

public interface ExamPaperService extends BaseService<ExamPaper> {
}
