namespace CommunityNotices.Divisions;

/// <summary>Traditional-to-simplified character table for address text.</summary>
/// <remarks>
/// Covers every character of the division table and of common address and risk-list words that has a
/// traditional form. Extracted once from OpenCC's TSCharacters table (Apache-2.0), keeping only pairs whose
/// simplified side occurs in that vocabulary and whose traditional side never occurs in an official division
/// name: a character such as 乾 (乾安县) must survive unchanged, so it is not folded even though OpenCC maps it.
/// Whole-word conversion is not needed here because addresses are matched character by character.
/// </remarks>
internal static class TraditionalChineseMap
{
    // Pairs of (traditional, simplified), ordered by the simplified character to make review easier.
    private const string Pairs =
        "萬万與与業业叢丛東东兩两個个箇个豐丰臨临為为爲为麗丽義义烏乌樂乐喬乔習习鄉乡於于" +
        "雲云亞亚產产産产僕仆從从侖仑崙仑倉仓儀仪們们眾众衆众會会偉伟倫伦體体餘余彿佛側侧" +
        "脩修兒儿剋克兗兖黨党蘭兰關关興兴內内岡冈冊册軍军農农沖冲衝冲凈净淨净準准涼凉淩凌" +
        "鳳凤憑凭凱凯劃划劉刘則则剛刚創创別别彆别劍剑勸劝辦办務务勻匀區区醫医韆千華华單单" +
        "蔔卜盧卢臥卧衛卫卽即廠厂厤历曆历歷历廂厢廈厦縣县雙双發发髮发敘叙疊叠檯台臺台颱台" +
        "葉叶號号閤合衕同後后嚮向曏向呂吕啓启啟启吳吴員员週周鹹咸響响迴回團团糰团園园圍围" +
        "國国圖图聖圣場场墰坛壇坛壜坛罈坛罎坛垻坝壩坝壘垒墾垦墊垫壯壮壺壶處处復复複复頭头" +
        "夾夹奮奋婦妇薑姜婁娄孫孙學学寧宁甯宁寶宝實实審审宮宫傢家寬宽賓宾尋寻壽寿將将爾尔" +
        "堯尧層层屬属嶼屿崗岗嵐岚島岛巖岩嶺岭嶽岳嶧峄峽峡峯峰嶗崂崍崃鉅巨鞏巩佈布師师幹干" +
        "榦干廣广莊庄慶庆廬庐庫库應应廟庙菴庵開开張张彌弥瀰弥強强歸归噹当當当彥彦綵彩徵征" +
        "誌志唸念懷怀態态恆恒紮扎託托揚扬摺折撫抚枴拐柺拐敎教鬥斗鏇旋旂旗無无舊旧時时崑昆" +
        "晉晋暉晖麯曲麴曲朮术術术機机雜杂權权來来楊杨鬆松闆板極极樅枞棗枣査查棟栋欄栏樹树" +
        "棲栖慄栗欒栾橋桥樺桦樑梁夢梦稜棱樓楼欖榄橫横畢毕匯汇彙汇滙汇漢汉湯汤瀋沈溝沟瀝沥" +
        "滄沧霑沾瀘泸澤泽涇泾窪洼湞浈溮浉濟济瀏浏渾浑潯浔塗涂湧涌淶涞漣涟渦涡潤润澗涧澱淀" +
        "淥渌澠渑溫温遊游灣湾漵溆滿满灤滦濱滨灘滩濰潍潛潜瀾澜燈灯靈灵爐炉點点煙烟菸烟煩烦" +
        "熱热愛爱猶犹獨独獅狮獻献瑪玛環环現现琿珲瓊琼瑤瑶甕瓮甌瓯電电疇畴鹽盐監监蓋盖盤盘" +
        "眞真礦矿碭砀碼码硯砚碩硕礄硚確确鹼碱禮礼祿禄禪禅離离積积稱称稅税競竞簡简類类紅红" +
        "級级紀纪納纳紙纸綫线線线組组細细織织紹绍經经結结絳绛綏绥績绩維维綿绵綜综綠绿緑绿" +
        "縉缙羅罗羣群聶聂聯联肅肃勝胜衚胡鬍胡膠胶脫脱臘腊騰腾輿舆捨舍節节薌芗蕪芜蘆芦蒼苍" +
        "囌苏甦苏蘇苏範范荊荆榮荣滎荥廕荫蔭荫葯药藥药萊莱蓮莲獲获穫获蘿萝營营蕭萧薩萨蔣蒋" +
        "懞蒙濛蒙矇蒙藍蓝薊蓟鎣蓥藺蔺蘄蕲藴蕴蘊蕴觀观覺觉讓让訥讷許许詔诏諸诸諾诺調调誼谊" +
        "謀谋謨谟謝谢謙谦譙谯譜谱穀谷貝贝貞贞貢贡賢贤貴贵費费賀贺賈贾資资賚赉賽赛讚赞贊赞" +
        "贛赣趙赵躍跃車车轉转輪轮載载輝辉轄辖邊边遼辽達达遷迁邁迈運运還还進进遠远連连遜逊" +
        "遙遥鄧邓郵邮鄒邹鄴邺鄰邻鬱郁郟郏鄭郑鄆郓鄖郧鄲郸裏里裡里鈡钟鍾钟鐘钟鋼钢鈑钣欽钦" +
        "錢钱鉆钻鑽钻鐵铁鉛铅銅铜銀银鋪铺鋒锋錯错錫锡錦锦鎭镇鎮镇鏡镜鑲镶長长門门間间閔闵" +
        "聞闻閩闽閣阁閬阆閻阎陽阳陰阴陸陆隴陇陳陈陘陉陝陕險险隨随靜静韓韩頂顶項项順顺頗颇" +
        "潁颍額额風风饒饶舘馆館馆馬马駐驻驛驿驊骅驗验魚鱼魯鲁鮁鲅鮮鲜鯉鲤鳩鸠雞鸡鷄鸡鳴鸣" +
        "鴨鸭鶴鹤鷹鹰麥麦黃黄齊齐龍龙";

    private static readonly Dictionary<char, char> Map = Build();

    public static char ToSimplified(char c) => c < '\u3400' ? c : Map.GetValueOrDefault(c, c);

    private static Dictionary<char, char> Build()
    {
        var map = new Dictionary<char, char>(Pairs.Length / 2);
        for (int i = 0; i < Pairs.Length; i += 2)
        {
            map[Pairs[i]] = Pairs[i + 1];
        }

        return map;
    }
}
