package com.thornbury.members.web;

import com.thornbury.members.Member;
import com.thornbury.members.MemberCard;
import com.thornbury.members.MemberCardDao;
import com.thornbury.members.MemberDao;
import com.thornbury.members.MemberPrefs;
import com.thornbury.members.MemberPrefsMapper;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/members")
public class MemberController {

  private final MemberDao members;
  private final MemberCardDao cards;
  private final MemberPrefsMapper prefs;

  public MemberController(MemberDao members, MemberCardDao cards, MemberPrefsMapper prefs) {
    this.members = members;
    this.cards = cards;
    this.prefs = prefs;
  }

  @GetMapping("/{id}")
  public Member get(@PathVariable long id) {
    return members.find(id);
  }

  @PutMapping("/{id}")
  public void update(@PathVariable long id, @RequestBody Member member) {
    members.update(member);
  }

  @PostMapping("/{id}/email")
  public void changeEmail(@PathVariable long id, @RequestBody String email) {
    members.changeEmail(id, email);
  }

  @PostMapping("/{id}/name")
  public void rename(@PathVariable long id, @RequestBody Member member) {
    members.rename(member);
  }

  @PostMapping("/{id}/prefs")
  public void savePrefs(@PathVariable long id, @RequestBody MemberPrefs body) {
    prefs.save(body);
  }

  @PostMapping("/{id}/cards/{cardId}/block")
  public int blockCard(@PathVariable long id, @PathVariable long cardId) {
    return cards.block(new MemberCard(cardId, id, null, "ACTIVE"));
  }
}
