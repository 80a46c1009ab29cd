#!/usr/bin/env python3
"""Writes labelled-comments.jsonl: readers' comments of our own writing, in English, romanised Urdu
and Urdu script, labelled as a newspaper's moderators would label them.

Every sentence below was written for Broadsheet. A few templates vary openers, closers and
evasions so that the set is large enough for cross-validation; the seed fixes the output.
Run: python3 make-labelled-comments.py > labelled-comments.jsonl
"""
import json
import random

rng = random.Random(20180303)

# ---------------------------------------------------------------- approve: civil discussion
APPROVE_EN = [
    "The budget talks about relief for salaried people but the tax slabs have hardly moved.",
    "Good to see both sides talking again. Dialogue is always better than issuing warnings.",
    "I doubt this will change anything on the ground unless the provinces are on board.",
    "Load shedding in our area is still eight hours a day, whatever the ministry says.",
    "The real issue is circular debt. Until that is fixed, tariffs will keep going up.",
    "Well reported. Would be useful to know how the figures compare with last year.",
    "Our farmers need water storage more than they need announcements.",
    "Cricket board should give the young fast bowlers a proper run instead of dropping them after one match.",
    "This is a welcome step, but implementation has always been our weakness.",
    "Let us wait for the details before we praise or condemn the agreement.",
    "Interesting analysis. The point about remittances is often missed.",
    "Schools in rural Sindh still lack toilets and boundary walls. That should be the priority.",
    "Petrol prices went up again this morning. Transporters will pass it on to us, as always.",
    "The article could have included the opposition's response.",
    "I respectfully disagree with the writer. Trade with neighbours helps both economies.",
    "Karachi needs a proper mass transit system, not another flyover.",
    "Excellent innings by the captain. Calm head under pressure.",
    "Why are the hospital's ventilators still out of order a year after the announcement?",
    "Judicial reforms are overdue. Cases drag on for decades.",
    "Thank you for highlighting the plight of the daily wage earners.",
    "Let's hope the monsoon plan works this time. Last year the roads were rivers.",
    "It depends on whether the IMF agrees to the revised targets.",
    "A balanced piece. Both the government and the opposition share the blame for this mess.",
    "Exports will only grow if energy costs for industry come down.",
    "My father retired from the railways and his pension has been delayed for five months.",
    "The minister's statement contradicts what he said in parliament last week.",
    "Pakistan should keep good relations with all neighbours and focus on the economy.",
    "Good decision to extend the deadline for filing returns.",
    "Polio teams deserve our respect and protection. They risk their lives for our children.",
    "The exchange rate was stable for a month; now it is slipping again.",
    "Can someone explain how the new property valuation will affect small flat owners?",
    "Tourism in the northern areas could earn more than many industries if roads were better.",
    "Hope the talks succeed. The people of both countries want peace.",
    "This policy looks good on paper. The question is who will monitor it.",
    "Nice to read some good news for a change.",
    "I think the writer underestimates how much inflation has hurt the middle class.",
    "The court's verdict should be respected even by those who disagree with it.",
    "Fair point about the textbook board. Our syllabus has not changed in decades.",
    "We need more women in the police force, especially at the local stations.",
    "Lahore's smog is a health emergency and should be treated like one.",
    "The stadium looked full. Great to see international cricket back at home.",
    "This is the third inquiry committee on the same issue. What happened to the first two reports?",
    "Gas shortage in winter has become routine. Where is the long term plan?",
    "The central bank was right to hold the interest rate this time.",
    "Doctors at government hospitals are overworked. Hire more before blaming them.",
    "Kudos to the rescue teams who worked through the night after the flood.",
    "The data in the second paragraph does not match the chart. Please check.",
    "The election commission should publish the results form by form, as the law requires.",
    "More parks and fewer plazas, please. Our children have nowhere to play.",
    "Agreed with most of it, except the part about privatising the airline.",
    "The bus rapid transit has made my commute an hour shorter. Credit where it is due.",
    "Universities should be funded on research output, not on political connections.",
    "Diplomacy takes time. One visit will not undo years of mistrust.",
    "Every government promises to broaden the tax net and then taxes the same people again.",
    "Sugar prices are up twenty rupees in two weeks. Who is hoarding?",
    "The report rightly says that climate change hits the poorest first.",
    "Long live the spirit of volunteers who feed people during Ramazan.",
    "I was at the protest and it was entirely peaceful until the shelling started.",
    "Please also cover what happened to the people displaced by the dam.",
    "Relations improve when leaders stop playing to the gallery.",
    "Sad news. May the families of the victims find strength.",
    "Our foreign policy should be made in parliament, not in television studios.",
    "Good move, but the fine is too small to deter anyone.",
    "I hope the new chief justice clears the backlog of old cases first.",
    "The gold price in Karachi is now beyond the reach of ordinary families planning weddings.",
    "Honest question: where did the flood relief money go?",
    "Students protesting the fee increase have a point. The hike is steep.",
    "A city of twenty million without a working sewerage plan. Shameful neglect by every government.",
    "Young people are leaving the country because they see no future here. That should worry everyone.",
    "Good editorial. Accountability must be across the board.",
]

# sharp but fair criticism, some with words that word lists flag; moderators approve them
APPROVE_SHARP_EN = [
    "This is a stupid policy and it will hurt exporters. Reverse it.",
    "Calling every critic a traitor is lazy and dangerous.",
    "The minister's excuses are pathetic. Three years and not one dam started.",
    "Spare us the crap about foreign conspiracies. Our problems are made at home.",
    "What a dumb idea to close the markets at eight in the middle of summer.",
    "This government is incompetent, and the opposition is no better.",
    "Frankly the whole press conference was nonsense from start to finish.",
    "Labelling journalists as traitors is how democracies die.",
    "It would be foolish to trust the same people who broke the last agreement.",
    "The writer calls it a success. I call it a disaster for the poor.",
    "Shut up and listen, the protesters were chanting. The police did neither.",
    "Idiotic planning: they dug up the same road three times this year.",
    "Only a fool would believe inflation is falling when you walk into any grocery shop.",
    "The term ghaddar is thrown around far too easily in our politics.",
    "Stray dogs are a real problem in our street; the council ignores our complaints about the kuttay.",
    "The PM's speech was full of empty slogans. We deserve better.",
    "No, the US is not our friend or our enemy. Interests decide, as always.",
    "Corruption is not an accusation to throw at rivals; prove it in court or stop it.",
    "The bullshit meter went off when they claimed zero load shedding.",
    "This is not journalism, it is a press release with a byline.",
    "Disgraceful handling of the protest. Who ordered the baton charge?",
    "I am tired of leaders who treat the treasury as their family business.",
    "They call us jahil for asking questions, but the questions remain.",
    "So the same officials who failed are now heading the inquiry? Ridiculous.",
    "Whoever approved this contract should answer to parliament.",
    "The match-fixing scandal shows that the board protects its favourites.",
    "Shameless U-turn again. Last month they said the exact opposite.",
    "The police killed a young man and the report calls it an encounter. Nobody believes that.",
    "Drama, drama, drama. Our politicians are better actors than the ones on TV.",
    "What a useless meeting. Photos, tea and no decisions.",
]

APPROVE_ROMAN = [
    "Yeh budget aam aadmi ke liye bilkul nahi hai, tankhwah wala tabqa phir pis gaya.",
    "Hukumat ko pehle bijli ka masla hal karna chahiye, baqi baatein baad mein.",
    "Bohat acha faisla hai, umeed hai is par amal bhi hoga.",
    "Mehngai ne kamar tor di hai, doodh 200 rupay litre ho gaya.",
    "Dono mulkon ko baat cheet se masail hal karne chahiye.",
    "Karachi mein pani ka masla har saal barhta ja raha hai, koi sunne wala nahi.",
    "Cricket team ne aaj zabardast khel pesh kiya, mubarak ho.",
    "Meri raye mein yeh faisla jaldi mein kiya gaya hai, is par dobara ghaur karna chahiye.",
    "Bacchon ki taleem par kharch barhana waqt ki zaroorat hai.",
    "Shukriya is khabar ke liye, humein maloom hi nahi tha.",
    "Sarkon ki halat bohat kharab hai, baarish mein gaari chalana mushkil hai.",
    "Pakistan ko sab ke saath ache taluqat rakhne chahiye, dushmani kisi ka faida nahi.",
    "Sahi kaha aap ne, ehtisaab sab ka hona chahiye.",
    "Gas ki load shedding sardiyon mein phir shuru ho gayi hai.",
    "Doctor sahab ki baat mein wazan hai, sehat ka budget bohat kam hai.",
    "Allah mulk ko aman de, sab ko mil kar kaam karna hoga.",
    "Inshallah halaat behtar honge, lekin sabr aur mehnat chahiye.",
    "Petrol phir mehanga ho gaya, ab transport wale kiraye barha denge.",
    "Ye ek acha qadam hai lekin asal imtehaan amal darammad ka hai.",
    "Hamare gaon mein ab tak school ki chhat nahi hai.",
    "Police ko siyasat se azad karna zaroori hai.",
    "Adalat ka faisla sab ko tasleem karna chahiye.",
    "Kya koi bata sakta hai ke naya tax kis par lagega?",
    "Kisanon ko khaad sasti milni chahiye warna gandum kam hogi.",
    "Bohat khoobsurat tehreer hai, likhne wale ko salam.",
    "Imran, Nawaz, Zardari, sab ne waade kiye, poore kisi ne nahi kiye.",
    "Hukumat ki niyat theek hai magar team kamzor hai.",
    "Mujhe lagta hai ke ye muzakrat kamyab honge.",
    "Naujawanon ko rozgar chahiye, naare nahi.",
    "Tibbi amla bohat mehnat kar raha hai, un ki qadar karein.",
    "Yeh khabar parh kar dukh hua, Allah marhoomeen ki maghfirat kare.",
    "Shehar mein koray ke dher lage hain, municipality kahan hai?",
    "Bhai sahab, aap ki baat se ittefaq nahi, lekin aap ki raye ka ehtiraam hai.",
    "Taleem aur sehat par kaam karein, baqi sab khud theek ho jayega.",
    "Aaj ka match dekh kar maza aa gaya, kya bowling thi.",
    "Ye hukumat bhi pichli hukumaton jaisi nalaiq nikli, koi wada poora nahi kiya.",
    "Minister sahab ki baatein sirf bayan bazi hain, kaam kuch nahi.",
    "Gali mein awara kutte bohat hain, bachon ka bahar nikalna mushkil hai.",
    "Log unhein ghaddar kehte hain lekin saboot koi nahi deta, yeh theek nahi.",
    "Sarkari hospital mein dawai nahi milti, ghareeb kahan jaye?",
    "Yeh sab drama hai, asal masail par koi baat nahi karta.",
    "Chor chor ka shor machane se kuch nahi hoga, adalat mein saboot pesh karo.",
    "Ab tak flood zadgan ko ghar nahi mile, paisa kahan gaya?",
    "Har saal wahi kahani, barish aati hai aur shehar doob jata hai.",
    "Bohat umda tajziya, khaas tor par maeeshat wala hissa.",
]

APPROVE_URDU = [
    "حکومت کو مہنگائی پر قابو پانے کے لیے فوری اقدامات کرنے چاہئیں۔",
    "یہ ایک اچھا فیصلہ ہے، امید ہے اس پر عمل درآمد بھی ہوگا۔",
    "بجلی کی لوڈشیڈنگ نے عوام کا جینا مشکل کر دیا ہے۔",
    "دونوں ممالک کو مذاکرات کے ذریعے مسائل حل کرنے چاہئیں۔",
    "تعلیم پر بجٹ بڑھانا وقت کی اہم ضرورت ہے۔",
    "کراچی میں پانی کا مسئلہ ہر سال سنگین ہوتا جا رہا ہے۔",
    "قومی ٹیم نے آج شاندار کھیل پیش کیا، مبارک ہو۔",
    "اللہ پاکستان کو امن اور ترقی عطا فرمائے۔",
    "اس خبر کا شکریہ، عوام کو حقائق جاننے کا حق ہے۔",
    "سڑکوں کی حالت بہت خراب ہے، بارش میں سفر ناممکن ہو جاتا ہے۔",
    "احتساب سب کا ہونا چاہیے، چاہے وہ کسی بھی جماعت سے ہو۔",
    "کسانوں کو کھاد سستی ملنی چاہیے ورنہ گندم کی پیداوار کم ہوگی۔",
    "عدالت کا فیصلہ سب کو تسلیم کرنا چاہیے۔",
    "نوجوانوں کو روزگار چاہیے، نعرے نہیں۔",
    "ہمارے گاؤں میں اب تک اسکول کی عمارت نہیں بنی۔",
    "پٹرول کی قیمت میں اضافہ غریب عوام پر بوجھ ہے۔",
    "پولیس کو سیاست سے آزاد کرنا ضروری ہے۔",
    "میں مصنف کی رائے سے متفق نہیں، مگر ان کا نقطہ نظر اہم ہے۔",
    "ڈاکٹروں اور نرسوں کی محنت کو سلام۔",
    "سیلاب متاثرین اب تک امداد کے منتظر ہیں، رقم کہاں گئی؟",
    "یہ حکومت بھی پچھلی حکومتوں کی طرح نااہل ثابت ہوئی۔",
    "وزیر صاحب کے بیانات اور عمل میں زمین آسمان کا فرق ہے۔",
    "گلی میں آوارہ کتوں کی وجہ سے بچے باہر نہیں نکل سکتے۔",
    "ہر مخالف کو غدار کہنا ہماری سیاست کی بدقسمتی ہے۔",
    "شہر میں کچرے کے ڈھیر لگے ہیں، بلدیہ کہاں ہے؟",
    "اچھی تحریر ہے، خاص طور پر معیشت والا حصہ۔",
    "گیس کی قلت ہر سردی میں دوبارہ شروع ہو جاتی ہے۔",
    "خارجہ پالیسی پارلیمنٹ میں بننی چاہیے۔",
    "اللہ مرحومین کی مغفرت فرمائے اور لواحقین کو صبر دے۔",
    "یہ سب ڈرامہ ہے، اصل مسائل پر کوئی بات نہیں کرتا۔",
    "سرکاری ہسپتال میں دوائی نہیں ملتی، غریب کہاں جائے؟",
    "مہنگائی نے متوسط طبقے کی کمر توڑ دی ہے۔",
    "امید ہے یہ مذاکرات کامیاب ہوں گے۔",
    "کرکٹ بورڈ کو نوجوان کھلاڑیوں کو موقع دینا چاہیے۔",
    "ٹیکس کا بوجھ ہمیشہ تنخواہ دار طبقے پر ہی کیوں؟",
    "خبر میں اپوزیشن کا موقف بھی شامل ہونا چاہیے تھا۔",
    "شکریہ، بہت معلوماتی مضمون ہے۔",
    "ہماری ترجیح صحت اور تعلیم ہونی چاہیے۔",
    "بارش کے بعد شہر پھر ڈوب گیا، منصوبہ بندی کہاں ہے؟",
    "لیڈر حضرات بیان بازی کم اور کام زیادہ کریں۔",
]

# a source or two is fine
APPROVE_LINKS = [
    "The full budget document is on the finance ministry site: finance.gov.pk/budget",
    "The central bank's monetary policy statement explains the decision well: https://www.sbp.org.pk/m_policy/",
    "For context, the census results are published at pbs.gov.pk and they tell a different story.",
    "Here is the court's written order if anyone wants to read it: https://www.supremecourt.gov.pk/judgements/",
    "The WHO data on air quality is here https://www.who.int/data and Lahore is near the top.",
    "Mausam ka haal yahan dekh lein: pmd.gov.pk, barish ka imkan hai.",
    "پوری رپورٹ یہاں پڑھیں: https://www.pbs.gov.pk",
    "Compare with the World Bank figures (worldbank.org) and the picture is less rosy.",
]

# ---------------------------------------------------------------- reject: abuse
REJECT_EN = [
    "You are an idiot and so is everyone who agrees with you.",
    "Only a brainless clown would write such rubbish. Go back to school.",
    "Shut your mouth, nobody asked for your opinion, loser.",
    "People like you should be thrown out of this country.",
    "What a moron. Did your mother drop you on your head?",
    "The writer is a paid stooge and a liar. Somebody should teach him a lesson he won't forget.",
    "Go die in a ditch, you and your whole rotten family.",
    "Typical illiterate donkey comment. Crawl back into your hole.",
    "You fucking hypocrites deserve everything that is coming to you.",
    "This bastard should be hanged in the square.",
    "Get lost, you filthy rat. Nobody wants you here.",
    "Bunch of bloody animals, all of them. Shoot the lot.",
    "Your brain is smaller than a peanut, stop typing.",
    "Such a retard take. Uninstall your keyboard.",
    "Stupid woman should stay in the kitchen and leave politics to men.",
    "I know where you live. Keep writing and see what happens.",
    "Worthless scum, your people have always been parasites.",
    "Shove your opinion where the sun doesn't shine.",
    "Dumbass, read a book before you embarrass yourself again.",
    "All these journalists are traitors and should be beaten on the street.",
    "You sound like a pig squealing. Disgusting creature.",
    "Hey clown, your party's leader is a thief and you are his slave.",
    "Keep crying, snowflake. Your tears are delicious.",
    "Anyone who votes for them is subhuman garbage.",
    "The author is a sick pervert and should be locked up.",
]

REJECT_ROMAN = [
    "Tu kamina insaan hai, teri baat ka koi wazan nahi.",
    "Chup kar jahil, tujhe kya pata siyasat ka.",
    "Ja be ghairat, apni shakal dekh pehle.",
    "Tum jaise log mulk ke dushman ho, sab ko jail mein dalo.",
    "Teri aukaat kya hai jo tu humein sikhaye, ullu ke pathe.",
    "Harami log hain sab ke sab, ek ko bhi nahi chorna chahiye.",
    "Abey gadhe, pehle parhna seekh phir comment kar.",
    "Yeh sab kanjar hain, inko ulta latka do.",
    "Tere jaise kuttay har jagah bhonkte rehte hain.",
    "Besharam aurat, ghar baith aur zubaan band rakh.",
    "Lanat hai tum par aur tumhari naslon par.",
    "Oye paagal, dimagh ka ilaaj kara pehle.",
    "Suar ki aulad, teri himmat kaise hui.",
    "Tum log chutiye ho, kuch samajh nahi aata tumhein.",
    "Behenchod sab chor hain is mulk mein.",
    "Jaahil qaum, tum log isi qabil ho.",
    "Bakwas band kar warna ghar aa kar batata hoon.",
    "Tujhe goli maar deni chahiye, ghaddar.",
    "Reporter bika hua hai, dalla hai paison ka.",
    "Bewakoof, teri aqal ghutno mein hai.",
]

REJECT_URDU = [
    "تم جیسے جاہل لوگوں کی وجہ سے ملک تباہ ہوا۔",
    "بکواس بند کرو، تمہاری کوئی اوقات نہیں۔",
    "یہ سب حرامی ہیں، ایک کو بھی نہیں چھوڑنا چاہیے۔",
    "بے غیرت انسان، شرم کرو۔",
    "تم غدار ہو، تمہیں ملک سے نکال دینا چاہیے۔",
    "کمینے لوگ، تم پر لعنت ہو۔",
    "الو کے پٹھے، پہلے پڑھنا سیکھو۔",
    "اس صحافی کو سڑک پر مارنا چاہیے۔",
    "گدھے، تمہارا دماغ خراب ہے۔",
    "یہ کنجر صحافی پیسوں کے لیے کچھ بھی لکھ دیتے ہیں۔",
    "تمہاری ماں کو شرم آنی چاہیے تمہیں پیدا کر کے۔",
    "منہ بند رکھو ورنہ گھر آ کر سبق سکھاؤں گا۔",
    "سور کی اولاد، تمہاری ہمت کیسے ہوئی۔",
    "یہ قوم ہی جاہلوں کی ہے۔",
    "بیوقوف، تمہیں کچھ نہیں پتا۔",
]

# abuse with evasions of listed words
EVASIONS = [
    "You are an 1d10t.", "What an i.d.i.o.t you are.", "m o r o n alert", "Shut up, iddiooot.",
    "f*ck off with your propaganda", "b!tch please", "a$$hole reporter", "you absolute m0r0n",
    "Tu k.a.m.i.n.a hai", "ha-ra-mi log", "kuttaaa insaan", "chootiya bande", "bhen-chod sab",
    "ح ر ا م ی", "حـــرامی ہو تم", "کمیـــنے", "g h a d d a r", "be-ghairat",
    "Ja b3gh41r4t", "1d1ot government supporters", "s.h.i.t article", "5tup1d fools everywhere",
]

# ---------------------------------------------------------------- reject: spam and off-topic links
SPAM = [
    "Earn 50,000 rupees a week from home! WhatsApp 0300-1234567 now.",
    "Make money online daily without investment, message me on whatsapp +92 321 7654321",
    "BITCOIN DOUBLER: send 0.1 BTC and receive 0.2 BTC in 24 hours, guaranteed!!!",
    "Best crypto signals group, 500% profit every month, join t.me/profitking",
    "Call Amil Baba 0312-9876543 for love marriage problem solution within 3 days.",
    "Cheap Umrah packages 2025 book now call 0333 1112223",
    "Lose 10 kg in 10 days with our herbal tea, order at slimfast-pk.shop",
    "Work from home jobs for students and housewives, salary 40000, inbox me.",
    "Visit www.best-loans.xyz for instant loans without documents.",
    "Free iPhone giveaway click here bit.ly/free-iphone-pk",
    "Buy followers and likes cheap www.socialboost.top www.likes4u.site www.fame-now.club",
    "Check out my channel youtube.com/c/TechWithAli for daily tech videos, please subscribe!",
    "I earned 3 lakh last month trading forex, contact my mentor on telegram @fxguru",
    "Hot singles in your area tonight datingpk.online",
    "Visit my blog for the best biryani recipes foodiepk.blogspot.com",
    "Online casino bonus 200% first deposit, play now at luckywin.bid",
    "Ghar baithe paise kamayein, rozana 5000 rupay, abhi WhatsApp karein 0345 5556667",
    "Online earning ka behtareen moqa, koi investment nahi, link bio mein",
    "Amil baba se rabta karein, har masle ka hal 24 ghante mein 0301 2223334",
    "Sasta sona khareedne ke liye call karein 0322 7778889",
    "گھر بیٹھے کمائیں روزانہ پانچ ہزار روپے، ابھی واٹس ایپ کریں 03001234567",
    "محبت کی شادی کا مسئلہ؟ عامل بابا سے رابطہ کریں 03121234567",
    "سستے عمرہ پیکج کے لیے فوری رابطہ کریں 03331234567",
    "آن لائن ارننگ کا بہترین موقع، بغیر سرمایہ کاری کے، ان باکس کریں",
    "Read the truth here: truthpk.net/a truthpk.net/b truthpk.net/c truthpk.net/d",
    "Download free movies hd-movies.tk and free songs songs-free.tk and more at free-all.tk",
    "Nice article. Also visit my shop for cheap mobile covers at covers.pk/shop",
    "Loans approved in 5 minutes, no guarantor, apply www.fastcash.win",
    "Crypto airdrop live now, connect wallet at claim-airdrop.app and get free tokens",
    "Gold rates today and best investment tips, follow my page facebook.com/goldtips.pk",
]


APPROVE_EN += [
    "The hockey federation has been neglected for years; no wonder we lost again.",
    "Mobile internet was shut down again during the rally. That hurts small businesses.",
    "I run a small shop and the new withholding tax is eating my margins.",
    "The report is balanced but the headline is a bit sensational.",
    "Train fares up again and the coaches are still filthy. Fix the service first.",
    "Peace in Afghanistan is in everyone's interest, including ours.",
    "The dengue season is starting; fumigation should begin now, not in October.",
    "A good reminder that the census numbers drive how seats are divided.",
    "Teachers in government schools have not been paid for three months in our district.",
    "The opposition walked out instead of debating the bill. Both sides are playing games.",
    "This bridge was inaugurated twice and is still not open to traffic.",
    "Credit to the traffic police for the new e-challan system, it works.",
    "Wheat flour at 150 a kilo is unaffordable for a labourer earning 800 a day.",
    "Heatwave warnings should reach villages by radio and mosque loudspeakers, not only apps.",
    "Why was the tender awarded without open bidding? The article should ask the ministry.",
    "Great to see girls from Gilgit topping the board exams.",
    "Our embassy in the Gulf needs more staff; labourers wait weeks for help.",
    "With respect, the writer ignores the role of the provinces after the amendment.",
    "The rupee will keep sliding until imports are brought under control.",
    "I have been waiting eleven months for a passport renewal. Something is broken.",
    "Public libraries should stay open in the evening for students.",
    "The spin attack looked toothless on a flat pitch. Selection needs a rethink.",
    "Good interview. The minister finally gave straight answers on the gas prices.",
    "Cyclone warning issued for the coast; hope the fishermen were told in time.",
    "The new metro line is welcome but feeder buses are missing.",
]
APPROVE_SHARP_EN += [
    "Another inquiry, another cover-up. Nobody will be punished, as usual.",
    "The spokesman's answer was a masterclass in saying nothing.",
    "Our cricket selectors would not recognise talent if it bowled them out.",
    "If this is the reform, I shudder to think what the damage control looks like.",
    "Enough with the blame game. Five years in power and it is still the previous government's fault?",
    "This is a scandal and the minister should resign.",
    "Hypocrisy at its finest: austerity for us, new cars for the cabinet.",
    "Dear editor, your paper was silent when the same thing happened last year.",
    "Pathetic response from the utility. People sat without power for three days.",
    "Stop calling it a conspiracy when it is simple mismanagement.",
]
APPROVE_ROMAN += [
    "Bijli ka bill is mahine double aaya hai, koi poochne wala nahi.",
    "Acha hua ke court ne notice liya, warna yeh mamla dab jata.",
    "Train ka safar ab bhi sab se sasta hai, bas waqt ki pabandi ho jaye.",
    "Humare ilaqe mein teen din se pani nahi aaya.",
    "Aap ki baat theek hai lekin dosra pehlu bhi dekhna chahiye.",
    "Wazir-e-azam ko chahiye ke parliament mein aa kar jawab dein.",
    "Qeemat barhne se pehle hi zakheera andozi shuru ho jati hai.",
    "Shabash larkiyon, board mein top kar ke naam roshan kiya.",
    "Hospital mein bistar kam hain aur mareez zyada.",
    "Yeh report parh kar andaza hua ke masla kitna gehra hai.",
    "Sarak banane wale thekedar ka ehtisaab hona chahiye, pehli barish mein toot gayi.",
    "Mera khayal hai ke IMF ki sharait maan ne ke siwa koi rasta nahi.",
    "Cricket mein siyasat band karo, khilariyon ko moqa do.",
    "Dengue ke mausam se pehle spray karwa dein to behtar hoga.",
    "Bohat afsos hua, Allah zakhmiyon ko sehat de.",
    "Minister sahab ka bayan sun kar hansi aa gayi, haqeeqat kuch aur hai.",
    "Yeh faisla sirf kaghaz par acha hai, amal kaun karwaye ga?",
    "Gas ka pressure itna kam hai ke roti bhi nahi pakti.",
    "Shukar hai ke do mulkon mein baat cheet phir shuru hui.",
    "Pensioners ko waqt par pension milni chahiye, yeh un ka haq hai.",
]
APPROVE_URDU += [
    "ہمارے علاقے میں تین دن سے پانی نہیں آیا۔",
    "اس مہینے بجلی کا بل دگنا آیا ہے، کوئی پوچھنے والا نہیں۔",
    "عدالت نے نوٹس لیا، یہ اچھی بات ہے۔",
    "ٹرین کا سفر سستا ہے مگر وقت کی پابندی نہیں۔",
    "بچیوں نے بورڈ میں ٹاپ کر کے نام روشن کیا، شاباش۔",
    "ہسپتالوں میں بستر کم اور مریض زیادہ ہیں۔",
    "ٹھیکیدار کا احتساب ہونا چاہیے، سڑک پہلی بارش میں ٹوٹ گئی۔",
    "وزیراعظم کو پارلیمنٹ میں آ کر جواب دینا چاہیے۔",
    "ڈینگی کے موسم سے پہلے اسپرے کروا دیا جائے تو بہتر ہے۔",
    "پنشن وقت پر ملنی چاہیے، یہ بزرگوں کا حق ہے۔",
    "ذخیرہ اندوزوں کے خلاف کارروائی کی جائے۔",
    "کرکٹ میں سیاست بند کریں اور کھلاڑیوں کو موقع دیں۔",
    "یہ فیصلہ کاغذ پر اچھا ہے، عمل کون کروائے گا؟",
    "گیس کا پریشر اتنا کم ہے کہ کھانا پکانا مشکل ہے۔",
    "اللہ زخمیوں کو جلد صحت عطا فرمائے۔",
]
REJECT_EN += [
    "Nobody cares what a paid troll thinks. Crawl back under your rock.",
    "You people are a disease on this country.",
    "Go back to where you came from, we don't want your kind here.",
    "Editor must be drunk to publish this garbage from a clown.",
    "Somebody should shut this writer up permanently.",
    "Ugly, fat and stupid, just like your leader.",
    "Your mother should have taught you some manners, you pig.",
    "Brain dead followers of a brain dead party.",
    "I hope your house burns down with you in it.",
    "Typical filthy liar, spit on you and your party.",
    "Only sheep like you swallow this propaganda, baaa.",
    "These people breed like rats and should be sterilised.",
    "What a loser. Get a life and stop polluting the comments.",
    "You are a disgrace to your parents, stupid boy.",
    "The anchor is a cheap prostitute for whoever pays most.",
]
REJECT_ROMAN += [
    "Tum log bike hue ho, sharam nahi aati?",
    "Abay nikamme, tera dimagh kharab hai kya.",
    "Is reporter ko utha lo, phir dekhte hain kaise likhta hai.",
    "Tumhari naslein barbaad hon, gandi qaum.",
    "Chal nikal yahan se, do takke ka insaan.",
    "Tere muh mein khaak, ghatiya aadmi.",
    "Yeh sab lutere hain, inko sar-e-aam latkao.",
    "Teri shakal dekh ke hi pata chalta hai kitna jahil hai.",
    "Zaleel insaan, tujhe koi izzat nahi deta.",
    "Patwari log sab ke sab ghulam hain, bhookay.",
    "Youthiye dimagh se paidal hain, sab ke sab.",
    "Ghatiya soch, ghatiya log, tum par thoo.",
]
REJECT_URDU += [
    "تم لوگ بکے ہوئے ہو، شرم نہیں آتی؟",
    "نکمے انسان، تمہارا دماغ خراب ہے۔",
    "اس رپورٹر کو اٹھا لو پھر دیکھتے ہیں کیسے لکھتا ہے۔",
    "دو ٹکے کا آدمی، چلو نکلو یہاں سے۔",
    "یہ سب لٹیرے ہیں، انہیں سرعام لٹکاؤ۔",
    "ذلیل انسان، تمہاری کوئی عزت نہیں۔",
    "گھٹیا سوچ والے لوگ، تم پر تھو۔",
    "تمہاری شکل دیکھ کر ہی پتا چلتا ہے کتنے جاہل ہو۔",
]
SPAM += [
    "Get rich quick with our investment plan, 10% daily returns, DM now!",
    "Need a visa for Canada? 100% guaranteed, call agent 0300-9998887",
    "Cheapest SEO backlinks: seo-pk.top seo-pk.top/offer seo-pk.top/buy",
    "Hello dear, I am a widow with 5 million dollars to transfer, reply with your bank details.",
    "Subscribe to my channel for the real news the media hides!!! youtube.com/@truthwarrior",
    "Free Netflix accounts here free-netflix.click hurry",
    "Rishta chahiye? Humari website par register karein rishta-pk.online",
    "Iftar deals 50% off, order now on foodpanda-deals.shop",
    "سونے کی سرمایہ کاری میں روزانہ منافع، ابھی رابطہ کریں 03009998887",
    "ویزا گارنٹی کے ساتھ، کینیڈا اور یورپ، رابطہ کریں 03219998887",
    "Forex trading course sirf 999 rupay mein, link par click karein",
    "Online Quran classes and tuition, best rates, WhatsApp 0315 4443332, visit quranclass.site",
]

OPENERS_EN = ["", "", "", "Honestly, ", "Sorry but ", "Well, ", "Frankly, ", "As usual, ", "Sadly, "]
CLOSERS_EN = ["", "", "", " Just my view.", " Think about it.", " Time will tell.", " Regards.", " Period."]
OPENERS_RO = ["", "", "", "Bhai, ", "Sach ye hai ke ", "Meri raye mein ", "Dekhein, "]
CLOSERS_RO = ["", "", "", " Bas yehi kehna tha.", " Allah khair kare.", " Shukriya."]
OPENERS_UR = ["", "", "", "سچ یہ ہے کہ ", "میری رائے میں ", "بھائی، "]
CLOSERS_UR = ["", "", "", " بس یہی کہنا تھا۔", " اللہ خیر کرے۔"]
ABUSE_OPENERS = ["", "", "Oye ", "Listen ", "Hey ", "Abey "]


def dress(text, openers, closers):
    opener = rng.choice(openers)
    if opener and text[0].isupper() and not opener.endswith(". "):
        text = text[0].lower() + text[1:]
    return opener + text + rng.choice(closers)


def main():
    rows = []
    for pool, openers, closers, copies in [
        (APPROVE_EN, OPENERS_EN, CLOSERS_EN, 1),
        (APPROVE_SHARP_EN, OPENERS_EN, CLOSERS_EN, 1),
        (APPROVE_ROMAN, OPENERS_RO, CLOSERS_RO, 1),
        (APPROVE_URDU, OPENERS_UR, CLOSERS_UR, 1),
        (APPROVE_LINKS, [""], [""], 1),
    ]:
        for text in pool:
            seen = set()
            for _ in range(copies):
                dressed = dress(text, openers, closers)
                if dressed not in seen:
                    seen.add(dressed)
                    rows.append({"text": dressed, "label": "approve"})
    for pool, openers, copies in [
        (REJECT_EN, ABUSE_OPENERS, 1),
        (REJECT_ROMAN, ABUSE_OPENERS, 1),
        (REJECT_URDU, [""], 1),
        (EVASIONS, [""], 1),
        (SPAM, [""], 1),
    ]:
        for text in pool:
            seen = set()
            for _ in range(copies):
                dressed = dress(text, openers, [""])
                if dressed not in seen:
                    seen.add(dressed)
                    rows.append({"text": dressed, "label": "reject"})
    rng.shuffle(rows)
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
