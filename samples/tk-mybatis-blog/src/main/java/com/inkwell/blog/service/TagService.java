package com.inkwell.blog.service;

import com.inkwell.blog.entity.BlogTag;
import com.inkwell.blog.mapper.TagMapper;
import java.util.Date;
import org.springframework.stereotype.Service;

@Service
public class TagService {

  private final TagMapper tagMapper;

  public TagService(TagMapper tagMapper) {
    this.tagMapper = tagMapper;
  }

  /** The admin edit form: whatever the editor sent is saved over the stored tag. */
  public boolean updateSelective(BlogTag form) {
    form.setUpdateTime(new Date());
    // ruleid: unversioned-table-update
    return tagMapper.updateByPrimaryKeySelective(form) > 0;
  }

  /**
   * The import would replace the whole row with the form's copy, but nothing calls it: with no entry
   * point reaching it, the write is counted in the summary and reported only with --include-unreached.
   */
  public void replace(BlogTag form) {
    // ok: unversioned-table-update
    tagMapper.updateByPrimaryKey(form);
  }

  /** A command: the code decides the new description, nothing stale is written back. */
  public void clearDescription(Long id) {
    BlogTag tag = new BlogTag();
    tag.setId(id);
    tag.setDescription("");
    // ok: unversioned-table-update
    tagMapper.updateByPrimaryKeySelective(tag);
  }

  public void remove(Long id) {
    tagMapper.deleteByPrimaryKey(id);
  }
}
