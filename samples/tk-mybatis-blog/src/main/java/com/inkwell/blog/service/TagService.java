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

  /** The import replaces the whole row, every column, with the form's copy. */
  public void replace(BlogTag form) {
    // ruleid: unversioned-table-update
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
