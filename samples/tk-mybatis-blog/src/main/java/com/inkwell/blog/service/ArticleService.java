package com.inkwell.blog.service;

import com.inkwell.blog.entity.Article;
import com.inkwell.blog.mapper.ArticleMapper;
import java.util.Date;
import org.springframework.stereotype.Service;
import tk.mybatis.mapper.entity.Example;

/** Articles carry tk's @Version: updateByPrimaryKey(Selective) adds "AND version = ?" and bumps it. */
@Service
public class ArticleService {

  private final ArticleMapper articleMapper;

  public ArticleService(ArticleMapper articleMapper) {
    this.articleMapper = articleMapper;
  }

  /** The editor sends back the version it loaded; zero rows means someone saved first. */
  public void edit(Long id, String title, String content, Integer version) {
    Article article = new Article();
    article.setId(id);
    article.setTitle(title);
    article.setContent(content);
    article.setVersion(version);
    article.setUpdateTime(new Date());
    // ok: rowcount-ignored, update-without-version-check
    if (articleMapper.updateByPrimaryKeySelective(article) == 0) {
      throw new ConflictException("article " + id + " was changed by someone else");
    }
  }

  /** Guarded by the version, but a lost race is reported as saved. */
  public void summarise(Long id, String summary, Integer version) {
    Article article = articleMapper.selectByPrimaryKey(id);
    article.setSummary(summary);
    article.setVersion(version);
    // ruleid: rowcount-ignored
    articleMapper.updateByPrimaryKeySelective(article);
  }

  /** Retitling by an Example on the id: tk compares no version there, so the later title wins. */
  public void retitle(Long id, String title) {
    Article article = new Article();
    article.setTitle(title);
    Example example = new Example(Article.class);
    example.createCriteria().andEqualTo("id", id);
    // ruleid: update-without-version-check
    articleMapper.updateByExampleSelective(article, example);
  }

  /** Archiving every draft: a bulk command whose value the code fixes. */
  public int archiveDrafts() {
    Article archived = new Article();
    archived.setStatus(2);
    Example example = new Example(Article.class);
    Example.Criteria criteria = example.createCriteria();
    criteria.andEqualTo("status", 0);
    // ok: update-without-version-check
    return articleMapper.updateByExampleSelective(archived, example);
  }

  /** The whole form, version included, checked. */
  public boolean replace(Article form) {
    // ok: rowcount-ignored, update-without-version-check
    return articleMapper.updateByPrimaryKey(form) == 1;
  }
}
